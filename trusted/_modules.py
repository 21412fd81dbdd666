"""Modules the host lends to guests (docs/modules.md).

When a guest imports a name that its sandbox was granted (`modules=`) and
that is not one of the interpreter's built-in modules (sys, math), the
interpreter asks the controller in the middle of the request:
`["import", name]` (docs/protocol.md). The controller answers with the
module's compiled code, looked up in this order:

1. the sandbox's own user modules (`Sandbox(user_modules={name: source})`,
   or every NAME.py and package directory of the CLI's `--module-path DIR`);
2. `untrusted_stdlib/NAME.py`, or `untrusted_stdlib/NAME/__init__.py` for a
   package (its submodule `NAME.SUB` is `untrusted_stdlib/NAME/SUB.py` or
   `NAME/SUB/__init__.py`): pure-Python modules that run inside the guest,
   like any guest code. Adding one is dropping a file there (nothing to
   register);
3. otherwise None: the guest gets ImportError (or, for a module that
   exists but does not compile, a str: the compiler's message, which the
   guest gets as its ImportError).

A name is only ever looked up if its top-level package is in the sandbox's
whitelist and every dot-separated component is a plain identifier (ASCII
letters, digits, underscores): the guest can never make the host read a
path of its choosing (no separators, no '..', no empty component). Code
objects are compiled once per host process and cached by (name, source).
"""

from __future__ import annotations

import collections
import re
import threading
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from trusted import _compiler

STDLIB_DIR = Path(__file__).resolve().parent.parent / "untrusted_stdlib"
STDLIB_PREFIX = "<stdlib>/"       # filenames of stdlib modules in tracebacks

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*", re.ASCII)

CACHE_SIZE = 256
_cache: "collections.OrderedDict[Tuple[object, str, str, str], object]" = \
    collections.OrderedDict()
_cache_lock = threading.Lock()


MAX_DEPTH = 8       # components of a dotted module name

# A granted module that needs others: untrusted_stdlib/json.py is the
# Python face of the interpreter's built-in _json core, so granting json
# grants _json too (it computes on the values it is given, nothing more).
# The same for the stdlib modules that import others (each computes only
# on what it is given, as any guest code).
IMPLIED: Dict[str, Tuple[str, ...]] = {
    "json": ("_json",),
    "fractions": ("math",),
    "statistics": ("fractions", "random"),
    "collections": ("_collections_abc", "copy"),
    "_collections_abc": ("abc",),
    "numbers": ("abc",),
    "typing": ("collections",),
    "dataclasses": ("copy", "abc"),
    "copy": ("_copy",),
}


def with_implied(modules: List[str]) -> List[str]:
    """The granted names plus the modules they need (IMPLIED)."""
    result = list(modules)
    i = 0
    while i < len(result):          # what they imply in turn, too
        for extra in IMPLIED.get(result[i], ()):
            if extra not in result:
                result.append(extra)
        i += 1
    return result


def valid_module_name(name: object) -> bool:
    """A name the host may look up: plain ASCII identifiers joined by single
    dots (so never a path: no '/', '\\', '..', no empty component)."""
    if type(name) is not str or len(name) > 200:
        return False
    parts = name.split(".")
    return len(parts) <= MAX_DEPTH and \
        all(_NAME.fullmatch(part) is not None for part in parts)


def top_level(name: str) -> str:
    """The package that grants a dotted name ("a" for "a.b.c")."""
    return name.split(".")[0]


def package_of(name: str, is_package: bool) -> Optional[str]:
    """What relative imports in module `name` are relative to."""
    if is_package:
        return name
    return name.rpartition(".")[0] or None


def module_filename(name: str, is_package: bool) -> str:
    """`a/b.py`, or `a/b/__init__.py` for a package (tracebacks)."""
    path = name.replace(".", "/")
    return path + "/__init__.py" if is_package else path + ".py"


def stdlib_modules() -> List[str]:
    """The names of the top-level modules and packages in untrusted_stdlib/."""
    if not STDLIB_DIR.is_dir():
        return []
    names = [p.stem for p in STDLIB_DIR.glob("*.py") if valid_module_name(p.stem)]
    names += [p.name for p in STDLIB_DIR.iterdir()
              if p.is_dir() and valid_module_name(p.name)
              and (p / "__init__.py").is_file()]
    return sorted(set(names))


def stdlib_lookup(name: str) -> Optional[Tuple[str, bool]]:
    """(source, is_package) of module `name` in untrusted_stdlib/, or None.
    A package is a directory with an __init__.py; a submodule is found only
    inside its package's directory."""
    if not valid_module_name(name):
        return None
    parts = name.split(".")
    folder = STDLIB_DIR.joinpath(*parts[:-1])
    for part_count in range(1, len(parts)):
        if not (STDLIB_DIR.joinpath(*parts[:part_count]) / "__init__.py").is_file():
            return None
    for path, is_package in ((folder / parts[-1] / "__init__.py", True),
                             (folder / (parts[-1] + ".py"), False)):
        try:
            return path.read_text(encoding="utf-8"), is_package
        except (OSError, UnicodeDecodeError):
            continue
    return None


def stdlib_source(name: str) -> Optional[str]:
    """The source of a module of untrusted_stdlib/, or None."""
    found = stdlib_lookup(name)
    return None if found is None else found[0]


def read_module_dir(directory: str) -> Dict[str, str]:
    """{name: source} for every NAME.py in `directory` whose NAME is a valid
    module name, and for every package in it: a folder NAME with an
    __init__.py gives NAME (its __init__) and NAME.SUB for its modules and
    packages, recursively (the CLI's --module-path). OSError if it cannot
    be read."""
    root = Path(directory)
    if not root.is_dir():
        raise NotADirectoryError(20, "not a directory", directory)
    modules: Dict[str, str] = {}
    _read_dir(root, "", modules, 1)
    return modules


def _read_dir(folder: Path, prefix: str, modules: Dict[str, str], depth: int) -> None:
    for path in sorted(folder.glob("*.py")):
        if path.stem != "__init__" and valid_module_name(path.stem) and path.is_file():
            modules[prefix + path.stem] = path.read_text(encoding="utf-8")
    if depth >= MAX_DEPTH:
        return
    for sub in sorted(folder.iterdir()):
        init = sub / "__init__.py"
        if sub.is_dir() and not sub.is_symlink() and valid_module_name(sub.name) \
                and init.is_file():
            name = prefix + sub.name
            modules[name] = init.read_text(encoding="utf-8")
            _read_dir(sub, name + ".", modules, depth + 1)


def compiled(name: str, source: str, filename: str, package: Optional[str] = None):
    """The code object of a module, compiled once per host process (cached
    by name, source, filename and package); raises CompileError."""
    compile_module = _compiler.compile_module   # tests swap in a stub
    key = (compile_module, name, source, filename, package)
    with _cache_lock:
        code = _cache.get(key)
        if code is not None:
            _cache.move_to_end(key)
            return code
    if package is None:
        code = compile_module(source, filename)
    else:
        code = compile_module(source, filename, package=package)
    with _cache_lock:
        _cache[key] = code
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return code

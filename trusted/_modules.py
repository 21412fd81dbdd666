"""Modules the host lends to guests (docs/modules.md).

When a guest imports a name that its sandbox was granted (`modules=`) and
that is not one of the interpreter's built-in modules (sys, math), the
interpreter asks the controller in the middle of the request:
`["import", name]` (docs/protocol.md). The controller answers with the
module's compiled code, looked up in this order:

1. the sandbox's own user modules (`Sandbox(user_modules={name: source})`,
   or every NAME.py of the CLI's `--module-path DIR`);
2. `untrusted_stdlib/NAME.py` in this repository: pure-Python modules that
   run inside the guest, like any guest code. Adding one is dropping a file
   there (nothing to register);
3. otherwise None: the guest gets ImportError.

A name is only ever looked up if it is in the sandbox's whitelist and is a
plain identifier (ASCII letters, digits, underscores): the guest can never
make the host read a path of its choosing (no separators, no '..', no
dots at all). Code objects are compiled once per host process and cached
by (name, source).
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


# A granted module that needs others: untrusted_stdlib/json.py is the
# Python face of the interpreter's built-in _json core, so granting json
# grants _json too (it computes on the values it is given, nothing more).
IMPLIED: Dict[str, Tuple[str, ...]] = {"json": ("_json",)}


def with_implied(modules: List[str]) -> List[str]:
    """The granted names plus the modules they need (IMPLIED)."""
    result = list(modules)
    for name in modules:
        for extra in IMPLIED.get(name, ()):
            if extra not in result:
                result.append(extra)
    return result


def valid_module_name(name: object) -> bool:
    """A name the host may look up: a plain ASCII identifier (so never a
    path: no '/', '\\', '.', '..')."""
    return type(name) is str and len(name) <= 200 and \
        _NAME.fullmatch(name) is not None


def stdlib_modules() -> List[str]:
    """The names of the modules in untrusted_stdlib/."""
    if not STDLIB_DIR.is_dir():
        return []
    return sorted(p.stem for p in STDLIB_DIR.glob("*.py")
                  if valid_module_name(p.stem))


def stdlib_source(name: str) -> Optional[str]:
    """The source of untrusted_stdlib/NAME.py, or None."""
    if not valid_module_name(name):
        return None
    path = STDLIB_DIR / (name + ".py")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def read_module_dir(directory: str) -> Dict[str, str]:
    """{name: source} for every NAME.py in `directory` whose NAME is a valid
    module name (the CLI's --module-path); OSError if it cannot be read."""
    root = Path(directory)
    if not root.is_dir():
        raise NotADirectoryError(20, "not a directory", directory)
    modules = {}
    for path in sorted(root.glob("*.py")):
        if valid_module_name(path.stem) and path.is_file():
            modules[path.stem] = path.read_text(encoding="utf-8")
    return modules


def compiled(name: str, source: str, filename: str):
    """The code object of a module, compiled once per host process (cached
    by name, source and filename); raises CompileError."""
    compile_module = _compiler.compile_module   # tests swap in a stub
    key = (compile_module, name, source, filename)
    with _cache_lock:
        code = _cache.get(key)
        if code is not None:
            _cache.move_to_end(key)
            return code
    code = compile_module(source, filename)
    with _cache_lock:
        _cache[key] = code
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return code

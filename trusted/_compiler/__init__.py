"""The trusted compiler: Python 3 source -> sandbox bytecode.

Parsing is CPython's own `ast.parse` (so the syntax accepted is exactly the
host's); symtable.py checks the subset and computes scopes, codegen.py emits
instructions, assemble.py resolves labels and sizes the stack.  The format
produced is specified in docs/bytecode.md.
"""

from __future__ import annotations

import ast as _ast

from .._exceptions import CompileError as _CompileError
from .codeobject import CodeObject
from .disasm import disassemble

__all__ = ["compile_module", "CodeObject", "disassemble"]


def compile_module(source: str, filename: str, package: str = None) -> CodeObject:
    """Compile module source; raises CompileError (kind "syntax" or
    "unsupported") instead of producing code the sandbox cannot run.

    `package` is the package a module belongs to (its own name for a
    package's __init__, the parent's for a submodule, None for a script or
    a top-level module): relative imports are resolved against it here, at
    compile time, so the code only ever names modules absolutely."""
    from .assemble import too_large
    from .codegen import CodeGen
    from .symtable import analyze
    from .mangle import mangle_tree

    try:
        tree = _ast.parse(source, filename, "exec")
    except SyntaxError as e:
        raise _CompileError(e.msg, filename, e.lineno, kind="syntax") from None
    except (RecursionError, MemoryError):
        raise too_large("nesting", filename, None) from None
    _resolve_relative_imports(tree, package)
    mangle_tree(tree)
    try:
        scopes = analyze(tree, filename)
        return CodeGen(scopes, scopes[tree], filename, "<module>", 1).compile_module(tree)
    except RecursionError:
        raise too_large("expression nesting", filename, None) from None


def _resolve_relative_imports(tree, package) -> None:
    """`from .m import x` in package `p` becomes `from p.m import x`.
    Without a package, or above the top-level package, the module name
    keeps leading dots, which the interpreter's IMPORT_NAME turns into
    CPython's ImportError ('.': no known parent package; '..': beyond the
    top-level package)."""
    for node in _ast.walk(tree):
        if not isinstance(node, _ast.ImportFrom) or not node.level:
            continue
        if not package:
            resolved = "." + (node.module or "")
        else:
            parts = package.split(".")
            if node.level - 1 >= len(parts):
                resolved = ".." + (node.module or "")
            else:
                base = ".".join(parts[:len(parts) - (node.level - 1)])
                resolved = base + "." + node.module if node.module else base
        node.module = resolved
        node.level = 0

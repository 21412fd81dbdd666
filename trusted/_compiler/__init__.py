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


def compile_module(source: str, filename: str) -> CodeObject:
    """Compile module source; raises CompileError (kind "syntax" or
    "unsupported") instead of producing code the sandbox cannot run."""
    from .assemble import too_large
    from .codegen import CodeGen
    from .symtable import analyze

    try:
        tree = _ast.parse(source, filename, "exec")
    except SyntaxError as e:
        raise _CompileError(e.msg, filename, e.lineno, kind="syntax") from None
    except (RecursionError, MemoryError):
        raise too_large("nesting", filename, None) from None
    try:
        scopes = analyze(tree, filename)
        return CodeGen(scopes, scopes[tree], filename, "<module>", 1).compile_module(tree)
    except RecursionError:
        raise too_large("expression nesting", filename, None) from None

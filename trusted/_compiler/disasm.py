"""A readable listing of a `CodeObject`, for golden tests and debugging.

One line per instruction: source line, instruction index, opcode name,
argument, and what the argument means (the constant, name, local, operator
or jump target).  Nested code objects are listed after their parent.
"""

from __future__ import annotations

from typing import List

from . import opcodes
from .codeobject import CodeObject


def _hint(code: CodeObject, op: int, arg: int) -> str:
    kind = opcodes.ARGKINDS[op]
    try:
        if kind == opcodes.ARG_CONST:
            value = code.consts[arg]
            if isinstance(value, CodeObject):
                return "<code %s, line %d>" % (value.name, value.firstlineno)
            return repr(value)
        if kind == opcodes.ARG_NAME:
            return code.names[arg]
        if kind == opcodes.ARG_LOCAL:
            return code.varnames[arg]
        if kind == opcodes.ARG_JUMP:
            return "to %d" % arg
        if kind == opcodes.ARG_BINOP:
            return opcodes.BINARY_OPERATORS[arg]
        if kind == opcodes.ARG_CMPOP:
            return opcodes.COMPARE_OPERATORS[arg]
        if kind == opcodes.ARG_UNARYOP:
            return opcodes.UNARY_OPERATORS[arg]
    except IndexError:
        return "<out of range>"
    return ""


def _flags(flags: int) -> str:
    names = [name for bit, name in ((opcodes.CO_VARARGS, "VARARGS"),
                                    (opcodes.CO_VARKEYWORDS, "VARKEYWORDS"),
                                    (opcodes.CO_MODULE, "MODULE"),
                                    (opcodes.CO_GENERATOR, "GENERATOR")) if flags & bit]
    return "|".join(names) or "0"


def _disassemble(code: CodeObject, out: List[str]) -> None:
    out.append("code %s (%s:%d) args=%d kwonly=%d flags=%s stacksize=%d" % (
        code.name, code.filename, code.firstlineno, code.argcount,
        code.kwonlyargcount, _flags(code.flags), code.stacksize))
    out.append("  locals: %s" % ", ".join(code.varnames))
    for index, op, arg in code.instructions():
        line = code.lines[index] if index < len(code.lines) else 0
        name = opcodes.OPNAMES[op] if op < len(opcodes.OPNAMES) else "<op %d>" % op
        if op < len(opcodes.ARGKINDS) and opcodes.ARGKINDS[op] == opcodes.ARG_NONE:
            text = "%4d %5d %s" % (line, index, name)
        else:
            hint = _hint(code, op, arg) if op < len(opcodes.ARGKINDS) else ""
            text = "%4d %5d %-20s %5d" % (line, index, name, arg)
            if hint:
                text += " (%s)" % hint
        out.append(text.rstrip())
    for const in code.consts:
        if isinstance(const, CodeObject):
            out.append("")
            _disassemble(const, out)


def disassemble(code: CodeObject) -> str:
    out: List[str] = []
    _disassemble(code, out)
    return "\n".join(out) + "\n"

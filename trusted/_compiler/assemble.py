"""From the code generator's instruction list to a `CodeObject`.

The code generator emits `Instr`s whose jump arguments are `Label`s.  Every
instruction is 3 bytes and jump targets count instructions, so resolving a
label is just reading the index where it was placed: no relaxation pass.
The stack size is the maximum depth found by a flow analysis over the same
rules the interpreter's verifier applies (docs/bytecode.md, "Verification");
a depth mismatch here is a compiler bug and is reported as such rather than
handed to the interpreter to refuse.
"""

from __future__ import annotations

from typing import List, Optional

from .._exceptions import CompileError
from . import opcodes
from .codeobject import CodeObject


class Label:
    __slots__ = ("index",)

    def __init__(self):
        self.index: Optional[int] = None

    def __repr__(self):
        return "<Label %s>" % self.index


class Instr:
    __slots__ = ("op", "arg", "line")

    def __init__(self, op: int, arg, line: int):
        self.op = op
        self.arg = arg      # int, or a Label for ARG_JUMP opcodes
        self.line = line

    def __repr__(self):
        return "Instr(%s, %r, %d)" % (opcodes.OPNAMES[self.op], self.arg, self.line)


def too_large(what: str, filename: str, lineno: Optional[int]) -> CompileError:
    construct = "%s too large" % what
    return CompileError("%s for pypy-sandbox" % construct, filename, lineno,
                        construct=construct, kind="unsupported")


def internal_error(message: str, filename: str, lineno: Optional[int]) -> CompileError:
    return CompileError("internal compiler error: " + message, filename, lineno,
                        kind="internal")


def resolve(instrs: List[Instr], filename: str) -> List[tuple]:
    """(op, int arg, line) for every instruction, labels replaced."""
    out = []
    for ins in instrs:
        arg = ins.arg
        if isinstance(arg, Label):
            if arg.index is None:
                raise internal_error("unplaced label", filename, ins.line)
            arg = arg.index
        if not 0 <= arg <= opcodes.MAX_ARG:
            raise too_large("code object", filename, ins.line)
        out.append((ins.op, arg, ins.line))
    return out


def compute_stacksize(resolved: List[tuple], filename: str) -> int:
    n = len(resolved)
    depth = [-1] * n
    todo = []

    def reach(target: int, d: int, line: int) -> None:
        if target >= n:
            raise internal_error("control falls off the end of the code", filename, line)
        if d < 0:
            raise internal_error("negative stack depth", filename, line)
        if depth[target] == -1:
            depth[target] = d
            todo.append(target)
        elif depth[target] != d:
            raise internal_error("inconsistent stack depth (%d vs %d) at %d"
                                 % (depth[target], d, target), filename, line)

    maxdepth = 0
    if n:
        reach(0, 0, 0)
    while todo:
        i = todo.pop()
        op, arg, line = resolved[i]
        d = depth[i]
        if d < opcodes.stack_needed(op, arg):
            raise internal_error("stack underflow at %d (%s)" % (i, opcodes.OPNAMES[op]),
                                 filename, line)
        if opcodes.ARGKINDS[op] == opcodes.ARG_JUMP:
            after = d + opcodes.stack_effect(op, arg, True)
            maxdepth = max(maxdepth, after)
            reach(arg, after, line)
        if op not in opcodes.NO_FALLTHROUGH:
            after = d + opcodes.stack_effect(op, arg, False)
            maxdepth = max(maxdepth, after)
            reach(i + 1, after, line)
        maxdepth = max(maxdepth, d)
    return maxdepth


def assemble(instrs: List[Instr], *, name: str, filename: str, firstlineno: int,
             argcount: int, kwonlyargcount: int, flags: int, varnames: List[str],
             consts: list, names: List[str]) -> CodeObject:
    for what, items in (("constants", consts), ("names", names), ("locals", varnames)):
        if len(items) > opcodes.MAX_ARG + 1:
            raise too_large("code object (%d %s)" % (len(items), what), filename, firstlineno)
    resolved = resolve(instrs, filename)
    stacksize = compute_stacksize(resolved, filename)
    if stacksize > opcodes.MAX_ARG:
        raise too_large("expression", filename, firstlineno)
    code = bytearray()
    for op, arg, _ in resolved:
        code.append(op)
        code.append(arg & 0xFF)
        code.append(arg >> 8)
    return CodeObject(
        name=name, filename=filename, firstlineno=firstlineno,
        argcount=argcount, kwonlyargcount=kwonlyargcount,
        nlocals=len(varnames), flags=flags, varnames=list(varnames),
        code=bytes(code), consts=list(consts), names=list(names),
        lines=[line for _, _, line in resolved], stacksize=stacksize)

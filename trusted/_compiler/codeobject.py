"""The compiled form of a module or function, as the interpreter receives it.

`CodeObject` mirrors the table in docs/bytecode.md field for field, so the
wire encoder (trusted/_wire.py) only has to call `to_wire_fields()`; nested
code objects stay `CodeObject` instances inside `consts` and are encoded
recursively by that encoder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, List

from . import opcodes


@dataclass
class CodeObject:
    name: str
    filename: str
    firstlineno: int
    argcount: int
    kwonlyargcount: int
    nlocals: int
    flags: int
    varnames: List[str]
    code: bytes
    consts: List[Any] = field(default_factory=list)
    names: List[str] = field(default_factory=list)
    lines: List[int] = field(default_factory=list)
    stacksize: int = 0

    def to_wire_fields(self) -> list:
        """The 15 fields of docs/bytecode.md, in table order."""
        return [
            opcodes.MAGIC,
            opcodes.BYTECODE_VERSION,
            self.name,
            self.filename,
            self.firstlineno,
            self.argcount,
            self.kwonlyargcount,
            self.nlocals,
            self.flags,
            list(self.varnames),
            bytes(self.code),
            list(self.consts),
            list(self.names),
            list(self.lines),
            self.stacksize,
        ]

    def instructions(self):
        """(index, opcode, arg) for every instruction: for the disassembler
        and the tests' verifier."""
        code = self.code
        for i in range(len(code) // opcodes.INSTR_SIZE):
            base = i * opcodes.INSTR_SIZE
            yield i, code[base], code[base + 1] | (code[base + 2] << 8)

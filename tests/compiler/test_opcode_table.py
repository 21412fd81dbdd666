"""The compiler's copy of the opcode table is the interpreter's, byte for byte."""

import os

import pytest

from trusted._compiler import opcodes

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_copy_is_identical():
    with open(os.path.join(ROOT, "rpython_sandbox", "opcodes.py"), "rb") as f:
        original = f.read()
    with open(os.path.join(ROOT, "trusted", "_compiler", "opcodes.py"), "rb") as f:
        copy = f.read()
    assert copy == original


@pytest.mark.parametrize("name", opcodes.OPNAMES)
def test_stack_effect_defined(name):
    op = opcodes.OPMAP[name]
    arg = 2 if opcodes.ARGKINDS[op] in (opcodes.ARG_SMALL, opcodes.ARG_COUNT) else 0
    for jump in (False, True):
        assert isinstance(opcodes.stack_effect(op, arg, jump), int)
    assert opcodes.stack_needed(op, arg) >= 0


def test_small_limits_cover_small_opcodes():
    small = {n for n, k in opcodes.OPCODE_TABLE if k == opcodes.ARG_SMALL}
    assert small == set(opcodes.ARG_SMALL_LIMIT)


def test_no_fallthrough_opcodes():
    assert set(opcodes.NO_FALLTHROUGH) == {
        opcodes.JUMP_ABSOLUTE, opcodes.RETURN_VALUE, opcodes.RAISE_VARARGS,
        opcodes.RERAISE}

import pytest

from rpython_sandbox.verifier import verify
from rpython_sandbox.error import VerifyError
from rpython_sandbox.test.support import assemble, make_interp


def ok(*args, **kwargs):
    verify(assemble(*args, **kwargs))


def refused(match, *args, **kwargs):
    with pytest.raises(VerifyError) as e:
        verify(assemble(*args, **kwargs))
    assert match in e.value.msg
    return e.value.msg


def test_minimal_code_passes():
    space, _ = make_interp()
    ok([("LOAD_CONST", 0), "RETURN_VALUE"], consts_w=[space.w_None])


def test_unknown_opcode():
    space, _ = make_interp()
    code = assemble([("LOAD_CONST", 0), "RETURN_VALUE"], consts_w=[space.w_None])
    code.code = "\xff\x00\x00" + code.code[3:]
    with pytest.raises(VerifyError) as e:
        verify(code)
    assert "unknown opcode 255" in e.value.msg


def test_const_index_out_of_range():
    refused("LOAD_CONST argument 3 out of range", [("LOAD_CONST", 3), "RETURN_VALUE"])


def test_local_index_out_of_range():
    refused("LOAD_FAST argument 1 out of range", [("LOAD_FAST", 1), "RETURN_VALUE"], nlocals=1)


def test_jump_out_of_range():
    space, _ = make_interp()
    refused("JUMP_ABSOLUTE argument 9 out of range", [("JUMP_ABSOLUTE", 9)])


def test_stack_underflow():
    refused("needs 1 stack items, has 0", ["POP_TOP", "RETURN_VALUE"])


def test_inconsistent_depth():
    space, _ = make_interp()
    # one path pushes an extra value before the join point
    msg = refused("reached with stack depths",
                  [("LOAD_CONST", 0), ("POP_JUMP_IF_FALSE", 3), ("LOAD_CONST", 0),
                   ("LOAD_CONST", 0), "RETURN_VALUE"], consts_w=[space.w_None])


def test_falls_off_the_end():
    space, _ = make_interp()
    refused("runs off the end", [("LOAD_CONST", 0)], consts_w=[space.w_None])


def test_declared_stack_too_small():
    space, _ = make_interp()
    refused("exceeds the declared stack size",
            [("LOAD_CONST", 0), ("LOAD_CONST", 0), "RETURN_VALUE"],
            consts_w=[space.w_None], stacksize=1)


def test_bad_small_argument():
    space, _ = make_interp()
    refused("BUILD_SLICE argument 1 out of range",
            [("LOAD_CONST", 0), ("BUILD_SLICE", 1), "RETURN_VALUE"], consts_w=[space.w_None])


def test_argument_to_argless_opcode():
    refused("POP_TOP argument 5 out of range", [("POP_TOP", 5), "RETURN_VALUE"])


def test_handler_depth_checked():
    space, _ = make_interp()
    # handler entered with the exception pushed: depth 1 there
    ok([("SETUP_EXCEPT", 4), ("LOAD_CONST", 0), "POP_BLOCK", "RETURN_VALUE",
        "RETURN_VALUE"], consts_w=[space.w_None])

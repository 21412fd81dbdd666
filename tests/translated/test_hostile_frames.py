"""Hostile frames sent straight to the interpreter process: the table
"What the interpreter does with bad input" in docs/protocol.md."""

import dataclasses
import struct

import msgpack
import pytest

from trusted import compile_module
from trusted._wire import MAX_DEPTH, MAX_FRAME, encode_value


SID = 1


@pytest.fixture
def vm(raw_vm):
    """The raw interpreter with one sandbox, id SID, created."""
    assert raw_vm.request(["create", SID, {}]) == ["result", None]
    return raw_vm


def assert_still_serving(vm):
    assert vm.request(["get", SID, "__name__"]) == ["result", "__main__"]


def test_ready_first(raw_vm):
    assert raw_vm.ready[:2] == ["ready", 3]


def test_end_of_input_between_frames_exits_0(raw_vm):
    raw_vm.close_input()
    assert raw_vm.read() is None
    assert raw_vm.wait() == 0


def test_shutdown_exits_0(raw_vm):
    raw_vm.send(["shutdown"])
    assert raw_vm.read() is None
    assert raw_vm.wait() == 0


@pytest.mark.parametrize("data", [
    b"\x00\x00",                          # inside the header
    b"\x00\x00\x00\x10\x93",              # inside the payload
])
def test_end_of_input_inside_a_frame_exits_3(raw_vm, data):
    raw_vm.write(data)
    raw_vm.close_input()
    reply = raw_vm.read()
    assert reply is None or reply[0] == "protocol_error"
    assert raw_vm.wait() == 3


def test_frame_over_max_frame_exits_3(raw_vm):
    raw_vm.write(struct.pack(">I", MAX_FRAME + 1))
    reply = raw_vm.read()
    assert reply[0] == "protocol_error"
    assert raw_vm.wait() == 3


def test_huge_length_exits_3(raw_vm):
    raw_vm.write(b"\xff\xff\xff\xff" + b"garbage")
    assert raw_vm.read()[0] == "protocol_error"
    assert raw_vm.wait() == 3


def nested(depth):
    return b"\x91" * depth + b"\xc0"


def ext(code, data):
    return msgpack.packb(msgpack.ExtType(code, data))


GET = b"\x93\xa3get\x01"      # ["get", 1, <the value that follows>]

BAD_PAYLOADS = {
    "empty": b"",
    "reserved byte": b"\xc1",
    "truncated": b"\x93\xa3get",
    "trailing bytes": msgpack.packb(["get", SID, "x"]) + b"\x00",
    "invalid utf-8": b"\x93\xa3get\x01\xa2\xff\xfe",
    "not an array": msgpack.packb({"get": "x"}),
    "empty array": msgpack.packb([]),
    "type not a str": msgpack.packb([1, 2]),
    "unknown type": msgpack.packb(["launch_missiles"]),
    "configure is gone": msgpack.packb(["configure", {}]),
    "wrong arity": msgpack.packb(["get"]),
    "wrong arity 2": msgpack.packb(["get", SID, "x", "y"]),
    "v1 shape": msgpack.packb(["get", "x"]),
    "wrong field type": msgpack.packb(["get", SID, 42]),
    "exec without code": msgpack.packb(["exec", SID, "print(1)", {}]),
    "call args not array": msgpack.packb(["call", SID, "f", {}, {}, {}]),
    "bad timeout": msgpack.packb(["call", SID, "f", [], {}, {"timeout": "1"}]),
    "unknown sandbox": msgpack.packb(["get", 99, "x"]),
    "sandbox id not an int": msgpack.packb(["get", "1", "x"]),
    "sandbox id 0": msgpack.packb(["get", 0, "x"]),
    "sandbox id 2**31": msgpack.packb(["get", 2 ** 31, "x"]),
    "negative sandbox id": msgpack.packb(["exec", -1, None, {}]),
    "create an existing id": msgpack.packb(["create", SID, {}]),
    "create options not a map": msgpack.packb(["create", 7, []]),
    "negative heap": msgpack.packb(["create", 7, {"heap": -1}]),
    "negative output limit": msgpack.packb(["create", 7, {"output_limit": -5}]),
    "quota without accounting": msgpack.packb(["create", 7, {"heap": 1 << 20, "accounting": False}]),
    "recursion limit 0": msgpack.packb(["create", 7, {"recursion_limit": 0}]),
    "destroy unknown": msgpack.packb(["destroy", 5]),
    "stats unknown": msgpack.packb(["stats", 5, {}]),
    "stats options not a map": msgpack.packb(["stats", SID, []]),
    "too deep": GET + nested(MAX_DEPTH + 5),
    "very deep": GET + nested(100000),
    "unknown ext": GET + ext(5, b"\x00"),
    "empty bigint": GET + ext(2, b""),
    "tuple not array": GET + ext(1, b"\x01"),
    "unhashable key": GET + b"\x81\x90\x01",
    "huge array count": GET + b"\xdd\xff\xff\xff\xff",
    "huge str length": GET + b"\xdb\xff\xff\xff\xff",
    "code object as a value": GET + ext(16, msgpack.packb([])),
}


@pytest.mark.parametrize("name", sorted(BAD_PAYLOADS))
def test_bad_payload_is_protocol_error_and_vm_keeps_serving(vm, name):
    vm.send_payload(BAD_PAYLOADS[name])
    reply = vm.read()
    assert reply is not None and reply[0] == "protocol_error", \
        (reply, vm.stderr())
    assert isinstance(reply[1], str) and reply[1]
    assert_still_serving(vm)
    # a refused create made nothing
    assert vm.request(["process_stats"])[1]["sandboxes"] == 1


def exec_message(code):
    return ["exec", SID, code, {"timeout": 5.0}]


def good_code():
    return compile_module("x = 1\n", "t.py")


@pytest.mark.parametrize("mutate", [
    lambda c: dataclasses.replace(c, code=bytes([250, 0, 0]) + c.code[3:]),
    lambda c: dataclasses.replace(c, code=c.code[:-1]),
    lambda c: dataclasses.replace(c, code=b""),
    lambda c: dataclasses.replace(c, lines=c.lines[:-1]),
    lambda c: dataclasses.replace(c, stacksize=0),
    lambda c: dataclasses.replace(c, code=bytes([6, 99, 0]) + c.code[3:]),
    lambda c: dataclasses.replace(c, nlocals=c.nlocals + 1),
], ids=["bad opcode", "truncated code", "empty code", "lines mismatch",
        "stack too small", "const out of range", "varnames mismatch"])
def test_code_that_fails_verification(vm, mutate):
    vm.send(exec_message(mutate(good_code())))
    reply = vm.read()
    assert reply[0] == "protocol_error", (reply, vm.stderr())
    assert "verification" in reply[1] or "code" in reply[1]
    assert_still_serving(vm)
    assert vm.request(exec_message(good_code())) == ["result", None]
    assert vm.request(["get", SID, "x"]) == ["result", 1]


def test_bad_code_magic_and_shape(vm):
    fields = good_code().to_wire_fields()
    for bad in (fields[:-1], ["XXXX"] + fields[1:], fields[:1] + [99] + fields[2:]):
        payload = encode_value(["exec", SID, None, {}]).replace(
            b"\xc0", ext(16, encode_value(bad)), 1)
        vm.send_payload(payload)
        assert vm.read()[0] == "protocol_error"
    assert_still_serving(vm)

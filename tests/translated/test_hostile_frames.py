"""Hostile frames sent straight to the interpreter process: the table
"What the interpreter does with bad input" in docs/protocol.md."""

import dataclasses
import struct

import msgpack
import pytest

from trusted import compile_module
from trusted._wire import MAX_DEPTH, MAX_FRAME, encode_value


def assert_still_serving(vm):
    assert vm.request(["get", "__name__"]) == ["result", "__main__"]


def test_ready_first(raw_vm):
    assert raw_vm.ready[:2] == ["ready", 1]


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


BAD_PAYLOADS = {
    "empty": b"",
    "reserved byte": b"\xc1",
    "truncated": b"\x93\xa3get",
    "trailing bytes": msgpack.packb(["get", "x"]) + b"\x00",
    "invalid utf-8": b"\x92\xa3get\xa2\xff\xfe",
    "not an array": msgpack.packb({"get": "x"}),
    "empty array": msgpack.packb([]),
    "type not a str": msgpack.packb([1, 2]),
    "unknown type": msgpack.packb(["launch_missiles"]),
    "wrong arity": msgpack.packb(["get"]),
    "wrong arity 2": msgpack.packb(["get", "x", "y"]),
    "wrong field type": msgpack.packb(["get", 42]),
    "exec without code": msgpack.packb(["exec", "print(1)", {}]),
    "call args not array": msgpack.packb(["call", "f", {}, {}, {}]),
    "create options not a map": msgpack.packb(["create", 7, []]),
    "bad timeout": msgpack.packb(["call", "f", [], {}, {"timeout": "1"}]),
    "too deep": b"\x92\xa3get" + nested(MAX_DEPTH + 5),
    "very deep": b"\x92\xa3get" + nested(100000),
    "unknown ext": b"\x92\xa3get" + ext(5, b"\x00"),
    "empty bigint": b"\x92\xa3get" + ext(2, b""),
    "tuple not array": b"\x92\xa3get" + ext(1, b"\x01"),
    "unhashable key": b"\x92\xa3get\x81\x90\x01",
    "huge array count": b"\x92\xa3get\xdd\xff\xff\xff\xff",
    "huge str length": b"\x92\xa3get\xdb\xff\xff\xff\xff",
    "code object as a value": b"\x92\xa3get" + ext(16, msgpack.packb([])),
}


@pytest.mark.parametrize("name", sorted(BAD_PAYLOADS))
def test_bad_payload_is_protocol_error_and_vm_keeps_serving(raw_vm, name):
    raw_vm.send_payload(BAD_PAYLOADS[name])
    reply = raw_vm.read()
    assert reply is not None and reply[0] == "protocol_error", \
        (reply, raw_vm.stderr())
    assert isinstance(reply[1], str) and reply[1]
    assert_still_serving(raw_vm)


def exec_message(code):
    return ["exec", code, {"timeout": 5.0}]


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
def test_code_that_fails_verification(raw_vm, mutate):
    raw_vm.send(exec_message(mutate(good_code())))
    reply = raw_vm.read()
    assert reply[0] == "protocol_error", (reply, raw_vm.stderr())
    assert "verification" in reply[1] or "code" in reply[1]
    assert_still_serving(raw_vm)
    assert raw_vm.request(exec_message(good_code())) == ["result", None]
    assert raw_vm.request(["get", "x"]) == ["result", 1]


def test_bad_code_magic_and_shape(raw_vm):
    fields = good_code().to_wire_fields()
    for bad in (fields[:-1], ["XXXX"] + fields[1:], fields[:1] + [99] + fields[2:]):
        payload = encode_value(["exec", None, {}]).replace(
            b"\xc0", ext(16, encode_value(bad)), 1)
        raw_vm.send_payload(payload)
        assert raw_vm.read()[0] == "protocol_error"
    assert_still_serving(raw_vm)

"""trusted._wire: value encoding round trips and hostile-input decoding."""

import math
import struct

import msgpack
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trusted import ProtocolError
from trusted._wire import (EXT_BIGINT, EXT_CODE, EXT_TUPLE, MAX_DEPTH,
                           MAX_FRAME, check_reply, decode_reply, decode_value,
                           depth_of, encode_frame, encode_value, frame_length,
                           int_to_bytes)

scalars = (st.none() | st.booleans() | st.integers()
           | st.integers(min_value=-(2 ** 300), max_value=2 ** 300)
           | st.floats(allow_nan=False) | st.text() | st.binary())
hashables = st.recursive(scalars, lambda inner: st.tuples(inner, inner)
                         | st.lists(inner, max_size=3).map(tuple),
                         max_leaves=8)
values = st.recursive(
    scalars,
    lambda inner: (st.lists(inner, max_size=4)
                   | st.lists(inner, max_size=4).map(tuple)
                   | st.dictionaries(hashables, inner, max_size=4)),
    max_leaves=25)


def same(a, b):
    """Equality that also checks types all the way down (1 == 1.0 == True)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return (len(a) == len(b)
                and all(same(k1, k2) and same(v1, v2) for (k1, v1), (k2, v2)
                        in zip(a.items(), b.items())))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


@settings(max_examples=300)
@given(values)
def test_round_trip(value):
    assert same(decode_value(encode_value(value)), value)


@given(st.integers())
def test_bigint_bytes_are_minimal(n):
    data = int_to_bytes(n)
    assert int.from_bytes(data, "big", signed=True) == n
    if len(data) > 1:
        shorter = data[1:]
        assert int.from_bytes(shorter, "big", signed=True) != n


@pytest.mark.parametrize("n", [2 ** 64, -(2 ** 63) - 1, 2 ** 1000, -(2 ** 1000)])
def test_big_ints_use_ext_2(n):
    ext = msgpack.unpackb(encode_value(n))
    assert ext == msgpack.ExtType(EXT_BIGINT, int_to_bytes(n))


@pytest.mark.parametrize("n", [2 ** 64 - 1, -(2 ** 63), 0, -1])
def test_int64_range_is_plain_msgpack(n):
    assert msgpack.unpackb(encode_value(n)) == n


def test_tuple_is_ext_1_and_never_a_list():
    ext = msgpack.unpackb(encode_value((1, "a")))
    assert ext == msgpack.ExtType(EXT_TUPLE, msgpack.packb([1, "a"]))
    assert decode_value(encode_value([(1,), [2]])) == [(1,), [2]]


def test_dict_keys_may_be_any_hashable():
    value = {(1, 2): "t", 3: None, None: 1.5, b"k": [1]}
    assert same(decode_value(encode_value(value)), value)


def test_subclasses_are_sent_as_their_plain_type():
    class MyInt(int):
        pass

    class MyStr(str):
        pass
    assert same(decode_value(encode_value([MyInt(5), MyStr("s")])), [5, "s"])


class Code:
    def __init__(self, name, consts):
        self.name, self.consts = name, consts

    def to_wire_fields(self):
        return ["PSBC", 1, self.name, "f.py", 1, 0, 0, 0, 4, [], b"\x00\x00\x00",
                self.consts, [], [1], 0]


def test_code_objects_are_ext_16_recursively():
    inner = Code("f", [None, (1, 2 ** 70)])
    outer = Code("<module>", [inner, "x"])
    ext = msgpack.unpackb(encode_value(["exec", outer, {}]))[1]
    assert ext.code == EXT_CODE
    fields = msgpack.unpackb(ext.data)
    assert fields[2] == "<module>"
    nested = fields[11][0]
    assert nested.code == EXT_CODE
    assert msgpack.unpackb(nested.data)[2] == "f"


def test_code_objects_are_refused_from_the_interpreter():
    with pytest.raises(ProtocolError, match="code objects"):
        decode_value(encode_value(Code("<module>", [])))


@pytest.mark.parametrize("value", [object(), {1, 2}, print, 1j])
def test_uncopyable_values_raise_type_error(value):
    with pytest.raises(TypeError, match="cannot copy"):
        encode_value(["call", "f", [value], {}, {}])


def test_surrogates_raise_value_error():
    with pytest.raises(ValueError, match="not valid Unicode"):
        encode_value("\udc80")


def test_encoding_too_deep_or_cyclic_raises_value_error():
    deep = None
    for _ in range(MAX_DEPTH + 1):
        deep = [deep]
    with pytest.raises(ValueError, match="nested deeper"):
        encode_value(deep)
    cyclic = []
    cyclic.append(cyclic)
    with pytest.raises(ValueError, match="nested deeper"):
        encode_value(cyclic)


def test_depth_limit_is_exact():
    value = 1
    for i in range(MAX_DEPTH):
        value = [value] if i % 2 else (value,)
    assert depth_of(value) == MAX_DEPTH
    assert decode_value(encode_value(value)) == value
    with pytest.raises(ValueError):
        encode_value([value])


def test_depth_counts_items_not_containers():
    # as the interpreter counts: an empty container adds no level below it
    assert depth_of(1) == depth_of([]) == depth_of({}) == 0
    assert depth_of([1]) == depth_of([[]]) == depth_of({1: 2}) == 1
    empty_at_the_limit = []
    for _ in range(MAX_DEPTH):
        empty_at_the_limit = [empty_at_the_limit]
    assert depth_of(empty_at_the_limit) == MAX_DEPTH
    assert decode_value(encode_value(empty_at_the_limit)) == empty_at_the_limit


def test_shared_subvalues_do_not_explode():
    value = [1]
    for _ in range(60):
        value = [value, value]     # 2**60 paths, 61 objects
    assert depth_of(value) == 61


def test_frame_layout():
    frame = encode_frame(["get", "x"])
    (length,) = struct.unpack(">I", frame[:4])
    assert length == len(frame) - 4
    assert msgpack.unpackb(frame[4:]) == ["get", "x"]


def test_frame_over_max_is_refused():
    with pytest.raises(ProtocolError, match="exceeds"):
        frame_length(struct.pack(">I", MAX_FRAME + 1))
    assert frame_length(struct.pack(">I", MAX_FRAME)) == MAX_FRAME


# -- hostile payloads -------------------------------------------------------

def nested_arrays(depth):
    return b"\x91" * depth + b"\xc0"


def nested_tuples(depth):
    data = msgpack.packb(None)
    for _ in range(depth):
        data = msgpack.packb(msgpack.ExtType(EXT_TUPLE, b"\x91" + data))
    return data


@pytest.mark.parametrize("payload, message", [
    (b"", "malformed"),
    (b"\x93\x01", "malformed"),                         # truncated array
    (b"\xc1", "malformed"),                             # reserved byte
    (b"\x01\x02", "trailing"),
    (b"\xa2\xff\xfe", "UTF-8"),
    (b"\x81\x90\x01", "map key"),                       # list as a key
    (b"\x81\x80\x01", "map key"),                       # map as a key
    (b"\xdd\xff\xff\xff\xff", "malformed"),             # 4G-item array
    (b"\xc6\xff\xff\xff\xff", "malformed"),             # 4 GB bin
    (b"\xd4\x05\x00", "extension type 5"),
    (b"\xd4\x10\x00", "code objects"),
    (b"\xc7\x00\x02", "empty big-int"),
    (msgpack.packb(msgpack.ExtType(EXT_TUPLE, b"\x01")), "tuple"),
    (msgpack.packb(msgpack.ExtType(EXT_TUPLE, b"\x92\x01")), "malformed"),
    (msgpack.packb(msgpack.ExtType(EXT_TUPLE, b"\x91\x01\x01")), "trailing"),
    (nested_arrays(MAX_DEPTH + 1), "nested deeper"),
    (nested_arrays(100000), "nested deeper"),
    (nested_tuples(MAX_DEPTH + 1), "nested deeper"),
    (nested_tuples(5000), "nested deeper"),
])
def test_malformed_payloads_raise_protocol_error(payload, message):
    with pytest.raises(ProtocolError, match=message):
        decode_value(payload)


def test_deep_but_legal_payload_decodes():
    assert depth_of(decode_value(nested_arrays(MAX_DEPTH))) == MAX_DEPTH
    assert depth_of(decode_value(nested_tuples(MAX_DEPTH))) == MAX_DEPTH


@settings(max_examples=500)
@given(st.binary(max_size=64))
def test_random_bytes_never_raise_anything_but_protocol_error(data):
    try:
        decode_reply(data)
    except ProtocolError:
        pass


@settings(max_examples=300)
@given(values)
def test_truncated_encodings_raise_protocol_error(value):
    data = encode_value(["result", value])
    for cut in range(len(data) - 1, 0, -max(1, len(data) // 8)):
        try:
            decode_reply(data[:cut])
        except ProtocolError:
            pass


# -- reply shapes -----------------------------------------------------------

GOOD_REPLIES = [
    ["ready", 3, {"jit": True, "bytecode": 1}],
    ["output", 1, "hello\n"],
    ["output", 2, ""],
    ["result", None],
    ["result", {"a": (1, [2])}],
    ["error", {"type": "ValueError", "message": "m",
               "traceback": [["s.py", 3, "<module>"], ["s.py", 1, "f"]]}],
    ["error", {"type": "E", "message": "", "traceback": []}],
    ["error", {"type": "E", "message": "", "traceback": [], "chain": [
        {"type": "KeyError", "message": "'k'", "traceback": [["s.py", 2, "f"]],
         "how": "context"},
        {"type": "OSError", "message": "", "traceback": [], "how": "cause"}]}],
    ["interrupted", {"reason": "deadline", "limit": 1.0, "filename": "s.py",
                     "lineno": 3}],
    ["interrupted", {"reason": "deadline", "limit": 1}],
    ["interrupted", {"reason": "output", "limit": 16777216, "filename": "s.py",
                     "lineno": 2}],
    ["result", {"live": 1, "peak": 2, "quota": 0, "marks": 3, "allocated": 4,
                "output_limit": 16777216}],
    ["protocol_error", "bad"],
]


@pytest.mark.parametrize("reply", GOOD_REPLIES)
def test_good_replies_pass(reply):
    assert decode_reply(encode_value(reply)) == reply


@pytest.mark.parametrize("reply, message", [
    ({"type": "result"}, "non-empty array"),
    ([], "non-empty array"),
    ("result", "non-empty array"),
    ([1, 2], "unknown message type"),
    (["exec", None, {}], "unknown message type"),
    (["result"], "has 1 items"),
    (["result", 1, 2], "has 3 items"),
    (["output", 3, "x"], "malformed 'output'"),
    (["output", True, "x"], "malformed 'output'"),
    (["output", 1, b"x"], "malformed 'output'"),
    (["ready", "1", {}], "malformed 'ready'"),
    (["error", {"type": "E", "message": "m"}], "malformed 'error'"),
    (["error", {"type": "E", "message": "m", "traceback": [["f", "1", "g"]]}],
     "malformed 'error'"),
    (["error", {"type": "E", "message": 3, "traceback": []}],
     "malformed 'error'"),
    (["error", {"type": "E", "message": "", "traceback": [], "chain": {}}],
     "malformed 'error'"),
    (["error", {"type": "E", "message": "", "traceback": [], "chain": [
        {"type": "E", "message": "", "traceback": [], "how": "because"}]}],
     "malformed 'error'"),
    (["error", {"type": "E", "message": "", "traceback": [], "chain": [
        {"type": "E", "message": "", "how": "cause"}]}],
     "malformed 'error'"),
    (["error", {"type": "E", "message": "", "traceback": [], "chain": [None]}],
     "malformed 'error'"),
    (["interrupted", {"limit": 1.0}], "malformed 'interrupted'"),
    (["interrupted", {"reason": "deadline", "lineno": "3"}],
     "malformed 'interrupted'"),
    (["protocol_error", None], "malformed 'protocol_error'"),
])
def test_bad_reply_shapes_raise_protocol_error(reply, message):
    with pytest.raises(ProtocolError, match=message):
        check_reply(reply)


def test_error_message_is_bounded_for_huge_values():
    with pytest.raises(ProtocolError) as info:
        check_reply(["output", 9, "x" * 10 ** 6])
    assert len(str(info.value)) < 400
    with pytest.raises(ProtocolError) as info:
        check_reply(["output", 9, 10 ** 10000])
    assert len(str(info.value)) < 400


def test_ellipsis_is_an_empty_extension_both_ways():
    from trusted._wire import EXT_ELLIPSIS, decode_value, encode_value
    assert msgpack.unpackb(encode_value(...)) == msgpack.ExtType(EXT_ELLIPSIS, b"")
    assert decode_value(encode_value((1, ...))) == (1, ...)
    with pytest.raises(ProtocolError):
        decode_value(msgpack.packb(msgpack.ExtType(EXT_ELLIPSIS, b"x")))

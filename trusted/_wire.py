"""Frames and values on the wire (docs/protocol.md), for the host side.

A frame is a u32 big-endian length followed by that many bytes of msgpack.
Values are plain msgpack except for three extension types: 1 tuple, 2 an int
that does not fit msgpack's 64-bit ints, 16 a code object (host -> interpreter
only). Everything the interpreter sends is decoded as hostile input: any
malformed frame, bad size, bad extension, bad UTF-8, nesting deeper than
MAX_DEPTH or reply of the wrong shape raises `ProtocolError` and nothing else.

This module does no I/O; the transports (`_transport.py`) move the bytes.
"""

from __future__ import annotations

import struct
from typing import Any

import msgpack

from trusted._exceptions import ProtocolError

MAX_FRAME = 64 * 1024 * 1024
MAX_DEPTH = 100
HEADER = struct.Struct(">I")

EXT_TUPLE = 1
EXT_BIGINT = 2
EXT_ELLIPSIS = 3
EXT_CODE = 16

PROTOCOL_VERSION = 3   # 3: the Ellipsis extension (ext 3)

# msgpack's own int range; anything outside travels as EXT_BIGINT.
_INT_MIN = -(1 << 63)
_INT_MAX = (1 << 64) - 1

STREAMS = {1: "stdout", 2: "stderr"}


# ---------------------------------------------------------------------------
# Encoding (host values -> bytes).  The host's own values are trusted, but the
# caller may hand us something that cannot cross: that is a TypeError/ValueError
# on the host, raised before anything is sent.

def _default(obj: Any) -> msgpack.ExtType:
    # Only called for what msgpack cannot pack itself under strict_types:
    # tuples, out-of-range ints, code objects, and subclasses of plain types.
    if isinstance(obj, tuple):
        return msgpack.ExtType(EXT_TUPLE, _pack(list(obj)))
    if obj is Ellipsis:
        return msgpack.ExtType(EXT_ELLIPSIS, b"")
    if isinstance(obj, int):
        if _INT_MIN <= obj <= _INT_MAX:
            return int(obj)         # an int subclass: send the plain value
        return msgpack.ExtType(EXT_BIGINT, int_to_bytes(obj))
    to_wire_fields = getattr(type(obj), "to_wire_fields", None)
    if to_wire_fields is not None:
        return msgpack.ExtType(EXT_CODE, _pack(to_wire_fields(obj)))
    for plain in (float, str, bytes, list, dict):
        if isinstance(obj, plain):
            return plain(obj)
    raise TypeError("cannot copy %r into the sandbox" % type(obj).__name__)


def _pack(value: Any) -> bytes:
    # A fresh Packer per call: Packer objects keep a buffer and are not
    # re-entrant, and _default packs nested extension payloads recursively.
    packer = msgpack.Packer(use_bin_type=True, strict_types=True,
                            default=_default)
    return packer.pack(value)


def int_to_bytes(n: int) -> bytes:
    """Minimal big-endian two's complement, as ext 2 carries it."""
    length = (n + (n < 0)).bit_length() // 8 + 1
    return n.to_bytes(length, "big", signed=True)


def encode_value(value: Any) -> bytes:
    """msgpack bytes of `value`; TypeError/ValueError if it cannot cross."""
    if depth_of(value) > MAX_DEPTH:
        raise ValueError("value nested deeper than %d levels" % MAX_DEPTH)
    try:
        return _pack(value)
    except UnicodeEncodeError as e:
        raise ValueError("cannot copy a str that is not valid Unicode "
                         "into the sandbox: %s" % e) from None


def encode_frame(message: list) -> bytes:
    """A whole frame (header + payload) for one message."""
    payload = encode_value(message)
    if len(payload) > MAX_FRAME:
        raise ValueError("message of %d bytes exceeds the %d-byte frame limit"
                         % (len(payload), MAX_FRAME))
    return HEADER.pack(len(payload)) + payload


# ---------------------------------------------------------------------------
# Decoding (interpreter bytes -> values): hostile input.

def frame_length(header: bytes) -> int:
    """The payload length announced by a 4-byte header; checks MAX_FRAME."""
    (length,) = HEADER.unpack(header)
    if length > MAX_FRAME:
        raise ProtocolError("frame of %d bytes exceeds the %d-byte limit"
                            % (length, MAX_FRAME))
    return length


class _Decoder:
    """One payload's decoding; counts extension nesting as it goes.

    msgpack-python's C unpacker bounds array/map nesting within one buffer
    (StackError), but each tuple payload is a separate unpackb call made from
    ext_hook, so nested tuples would recurse without bound: `ext_depth` stops
    that long before Python's recursion limit. The exact depth (arrays, maps
    and tuples together) is checked afterwards by `depth_of`.
    """

    def __init__(self) -> None:
        self.ext_depth = 0

    def unpack(self, data: bytes) -> Any:
        return msgpack.unpackb(
            data, raw=False, strict_map_key=False, use_list=True,
            ext_hook=self.ext_hook)

    def ext_hook(self, code: int, data: bytes) -> Any:
        if code == EXT_TUPLE:
            self.ext_depth += 1
            if self.ext_depth > MAX_DEPTH:
                raise ProtocolError("value nested deeper than %d levels"
                                    % MAX_DEPTH)
            try:
                items = self.unpack(data)
            finally:
                self.ext_depth -= 1
            if type(items) is not list:
                raise ProtocolError("tuple extension does not hold an array")
            return tuple(items)
        if code == EXT_BIGINT:
            if not data:
                raise ProtocolError("empty big-int extension")
            return int.from_bytes(data, "big", signed=True)
        if code == EXT_ELLIPSIS:
            if data:
                raise ProtocolError("Ellipsis extension with a payload")
            return Ellipsis
        if code == EXT_CODE:
            raise ProtocolError("code objects may not come from the "
                                "interpreter")
        raise ProtocolError("unknown msgpack extension type %d" % code)


def decode_value(payload: bytes) -> Any:
    """Decode one untrusted msgpack value; ProtocolError on anything bad."""
    if len(payload) > MAX_FRAME:
        raise ProtocolError("payload of %d bytes exceeds the %d-byte limit"
                            % (len(payload), MAX_FRAME))
    try:
        value = _Decoder().unpack(payload)
    except ProtocolError:
        raise
    except msgpack.ExtraData:
        raise ProtocolError("trailing bytes after the msgpack value") from None
    except UnicodeDecodeError as e:
        raise ProtocolError("invalid UTF-8 in a str: %s" % e) from None
    except msgpack.StackError:
        raise ProtocolError("value nested deeper than %d levels"
                            % MAX_DEPTH) from None
    except TypeError as e:
        if "unhashable" in str(e):      # a list or a map used as a map key
            raise ProtocolError("bad map key: %s" % e) from None
        raise ProtocolError("malformed msgpack: %s" % e) from None
    except Exception as e:
        # FormatError, truncation, over-long lengths, MemoryError, ...
        raise ProtocolError("malformed msgpack: %s" % (e or type(e).__name__)
                            ) from None
    if depth_of(value) > MAX_DEPTH:
        raise ProtocolError("value nested deeper than %d levels" % MAX_DEPTH)
    return value


def depth_of(value: Any) -> int:
    """How deep the deepest item sits: the value itself is at depth 0, the
    items of a list, tuple or dict one deeper (as the interpreter counts).

    Iterative, and stops at MAX_DEPTH + 1, so a hostile value costs no more
    than walking it once; shared and cyclic host values are walked once per
    depth, and a cycle is reported as too deep.
    """
    deepest = 0
    stack = [(value, 0)]
    seen = set()
    while stack:
        item, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if depth > MAX_DEPTH:
                return depth
        if isinstance(item, (list, tuple)):
            children = item
        elif isinstance(item, dict):
            children = [x for kv in item.items() for x in kv]
        else:
            continue
        key = (id(item), depth)
        if not children or key in seen:
            continue
        seen.add(key)
        stack.extend((child, depth + 1) for child in children)
    return deepest


# ---------------------------------------------------------------------------
# Replies: the shapes the interpreter may send (docs/protocol.md, "Messages").

def _is_str(x: Any) -> bool:
    return type(x) is str


def _is_int(x: Any) -> bool:
    return type(x) is int


def _is_number(x: Any) -> bool:
    return type(x) in (int, float)


def _check_traceback(tb: Any) -> bool:
    return type(tb) is list and all(
        type(e) in (list, tuple) and len(e) == 3 and _is_str(e[0])
        and _is_int(e[1]) and _is_str(e[2]) for e in tb)


def _check_exception(info: Any) -> bool:
    return (type(info) is dict and _is_str(info.get("type"))
            and _is_str(info.get("message"))
            and _check_traceback(info.get("traceback")))


def _check_error(info: Any) -> bool:
    chain = info.get("chain", []) if type(info) is dict else None
    return (_check_exception(info) and type(chain) is list
            and all(_check_exception(link)
                    and link.get("how") in ("cause", "context") for link in chain))


def _check_interrupted(info: Any) -> bool:
    return (type(info) is dict and _is_str(info.get("reason"))
            and _is_number(info.get("limit", 0))
            and _is_str(info.get("filename", ""))
            and _is_int(info.get("lineno", 0)))


# message type -> (arity including the type, validator of the arguments)
_REPLY_SHAPES = {
    "ready": (3, lambda m: _is_int(m[1]) and type(m[2]) is dict),
    "output": (3, lambda m: m[1] in STREAMS and _is_int(m[1])
               and _is_str(m[2])),
    "result": (2, lambda m: True),
    "error": (2, lambda m: _check_error(m[1])),
    "interrupted": (2, lambda m: _check_interrupted(m[1])),
    "protocol_error": (2, lambda m: _is_str(m[1])),
    "import": (2, lambda m: _is_str(m[1])),
}


def check_reply(message: Any) -> list:
    """Return `message` if it is a well-formed interpreter message."""
    if type(message) is not list or not message:
        raise ProtocolError("a message must be a non-empty array, got %s"
                            % _describe(message))
    kind = message[0]
    shape = _REPLY_SHAPES.get(kind) if _is_str(kind) else None
    if shape is None:
        raise ProtocolError("unknown message type %s" % _describe(kind))
    arity, valid = shape
    if len(message) != arity:
        raise ProtocolError("%r message has %d items, expected %d"
                            % (kind, len(message), arity))
    if not valid(message):
        raise ProtocolError("malformed %r message: %s"
                            % (kind, _describe(message)))
    return message


def decode_reply(payload: bytes) -> list:
    """decode_value + check_reply: what the transports call on each frame."""
    return check_reply(decode_value(payload))


def _describe(value: Any, limit: int = 200) -> str:
    # Hostile values can be huge: show a bounded repr only.
    try:
        text = repr(value)
    except Exception:       # e.g. an int too long to print (int_max_str_digits)
        text = "<%s>" % type(value).__name__
    return text if len(text) <= limit else text[:limit] + "..."

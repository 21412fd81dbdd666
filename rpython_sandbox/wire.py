"""The wire format, interpreter side: frames on fds and a small msgpack codec
that turns bytes from the host into guest values and back (docs/protocol.md).

The host's bytes are hostile: every length is checked against what remains,
nesting is bounded, invalid UTF-8 and unknown types are refused.  Anything
wrong raises WireError, never an RPython-level crash.  Code objects (ext 16)
are decoded only when the caller allows it, and always verified."""

import errno
import os

from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rarithmetic import r_ulonglong, intmask, r_uint
from rpython.rlib.rstruct import ieee
from rpython.rlib import runicode

from rpython_sandbox.error import WireError, VerifyError, OperationError, oefmt
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.noneobject import W_NoneObject
from rpython_sandbox.objects.intobject import W_IntObject, W_BoolObject
from rpython_sandbox.objects.longobject import W_LongObject
from rpython_sandbox.objects.floatobject import W_FloatObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.bytesobject import W_BytesObject
from rpython_sandbox.objects.listobject import W_ListObject
from rpython_sandbox.objects.tupleobject import W_TupleObject
from rpython_sandbox.objects.dictobject import W_DictObject
from rpython_sandbox.bytecode import W_Code
from rpython_sandbox import opcodes

MAX_FRAME = 64 * 1024 * 1024
MAX_DEPTH = 100
EXT_TUPLE = 1
EXT_BIGINT = 2
EXT_ELLIPSIS = 3     # `...`: an empty payload
EXT_CODE = 16
CODE_FIELDS = 15


# --- text ----------------------------------------------------------------------

def _utf8_error(errors, encoding, msg, s, startingpos, endingpos):
    raise WireError("invalid UTF-8 in a str")


def decode_utf8(s):
    u, _ = runicode.str_decode_utf_8(s, len(s), "strict", final=True,
                                     errorhandler=_utf8_error)
    return u


def encode_utf8(u):
    # lone surrogates (possible in guest str) are written as in CPython's
    # 'surrogatepass'; the host refuses them with a clear error
    return runicode.unicode_encode_utf_8(u, len(u), "strict", allow_surrogates=True)


# --- frames --------------------------------------------------------------------

class StreamBroken(Exception):
    """The input stream cannot be resynchronised (bad length, EOF mid-frame)."""

    def __init__(self, msg):
        self.msg = msg


def read_exactly(fd, n):
    """n bytes from fd; None on EOF before the first byte."""
    parts = StringBuilder(n)
    got = 0
    while got < n:
        try:
            chunk = os.read(fd, min(n - got, 1 << 20))
        except OSError as e:
            if e.errno == errno.EINTR:
                continue        # a cancel signal between requests: harmless
            raise StreamBroken("cannot read the input: errno %d" % e.errno)
        if len(chunk) == 0:
            if got == 0:
                return None
            raise StreamBroken("end of input inside a frame")
        parts.append(chunk)
        got += len(chunk)
    return parts.build()


def read_frame(fd):
    """The next frame's payload, or None at a clean end of input."""
    header = read_exactly(fd, 4)
    if header is None:
        return None
    n = (ord(header[0]) << 24) | (ord(header[1]) << 16) | (ord(header[2]) << 8) | ord(header[3])
    if n > MAX_FRAME:
        raise StreamBroken("frame of %d bytes exceeds the %d byte limit" % (n, MAX_FRAME))
    if n == 0:
        return ""
    payload = read_exactly(fd, n)
    if payload is None:
        raise StreamBroken("end of input inside a frame")
    return payload


def write_frame(fd, payload):
    n = len(payload)
    header = chr((n >> 24) & 0xff) + chr((n >> 16) & 0xff) + chr((n >> 8) & 0xff) + chr(n & 0xff)
    data = header + payload
    while len(data) > 0:
        try:
            written = os.write(fd, data)
        except OSError as e:
            if e.errno == errno.EINTR:
                continue
            raise StreamBroken("cannot write the output: errno %d" % e.errno)
        assert written >= 0
        data = data[written:]


# --- decoding ------------------------------------------------------------------

class Decoder(object):
    def __init__(self, space, data, allow_code):
        self.space = space
        self.data = data
        self.pos = 0
        self.allow_code = allow_code

    def decode_all(self):
        """Exactly one value filling the whole payload."""
        w_value = self.decode(0)
        if self.pos != len(self.data):
            raise WireError("%d trailing bytes after the message" % (len(self.data) - self.pos))
        return w_value

    def need(self, n):
        if n < 0 or n > len(self.data) - self.pos:
            raise WireError("truncated data: %d bytes needed at offset %d" % (n, self.pos))

    def byte(self):
        self.need(1)
        c = ord(self.data[self.pos])
        self.pos += 1
        return c

    def uint(self, nbytes):
        self.need(nbytes)
        result = 0
        for i in range(nbytes):
            result = (result << 8) | ord(self.data[self.pos + i])
        self.pos += nbytes
        return result

    def raw(self, n):
        self.need(n)
        start = self.pos
        self.pos += n
        end = self.pos
        assert start >= 0 and end >= start
        return self.data[start:end]

    def decode(self, depth):
        if depth > MAX_DEPTH:
            raise WireError("nesting deeper than %d levels" % MAX_DEPTH)
        space = self.space
        c = self.byte()
        if c <= 0x7f:
            return space.newint(c)
        if c >= 0xe0:
            return space.newint(c - 0x100)
        if 0xa0 <= c <= 0xbf:
            return self.text(c & 0x1f)
        if 0x90 <= c <= 0x9f:
            return self.array(c & 0x0f, depth)
        if 0x80 <= c <= 0x8f:
            return self.map(c & 0x0f, depth)
        if c == 0xc0:
            return space.w_None
        if c == 0xc2:
            return space.w_False
        if c == 0xc3:
            return space.w_True
        if c == 0xcc:
            return space.newint(self.uint(1))
        if c == 0xcd:
            return space.newint(self.uint(2))
        if c == 0xce:
            return space.newint(self.uint(4))
        if c == 0xcf:
            self.need(8)
            value = r_ulonglong(0)
            for i in range(8):
                value = (value << 8) | r_ulonglong(ord(self.data[self.pos + i]))
            self.pos += 8
            return space.newlong(rbigint.fromrarith_int(value))
        if c == 0xd0:
            return space.newint(_signed(self.uint(1), 8))
        if c == 0xd1:
            return space.newint(_signed(self.uint(2), 16))
        if c == 0xd2:
            return space.newint(_signed(self.uint(4), 32))
        if c == 0xd3:
            self.need(8)
            value = r_ulonglong(0)
            for i in range(8):
                value = (value << 8) | r_ulonglong(ord(self.data[self.pos + i]))
            self.pos += 8
            return space.newint(intmask(value))
        if c == 0xca:
            return space.newfloat(ieee.float_unpack(r_ulonglong(self.uint(4)), 4))
        if c == 0xcb:
            self.need(8)
            value = r_ulonglong(0)
            for i in range(8):
                value = (value << 8) | r_ulonglong(ord(self.data[self.pos + i]))
            self.pos += 8
            return space.newfloat(ieee.float_unpack(value, 8))
        if c == 0xd9:
            return self.text(self.uint(1))
        if c == 0xda:
            return self.text(self.uint(2))
        if c == 0xdb:
            return self.text(self.uint(4))
        if c == 0xc4:
            return space.newbytes(self.raw(self.uint(1)))
        if c == 0xc5:
            return space.newbytes(self.raw(self.uint(2)))
        if c == 0xc6:
            return space.newbytes(self.raw(self.uint(4)))
        if c == 0xdc:
            return self.array(self.uint(2), depth)
        if c == 0xdd:
            return self.array(self.uint(4), depth)
        if c == 0xde:
            return self.map(self.uint(2), depth)
        if c == 0xdf:
            return self.map(self.uint(4), depth)
        if c == 0xd4:
            return self.ext(1, depth)
        if c == 0xd5:
            return self.ext(2, depth)
        if c == 0xd6:
            return self.ext(4, depth)
        if c == 0xd7:
            return self.ext(8, depth)
        if c == 0xd8:
            return self.ext(16, depth)
        if c == 0xc7:
            return self.ext(self.uint(1), depth)
        if c == 0xc8:
            return self.ext(self.uint(2), depth)
        if c == 0xc9:
            return self.ext(self.uint(4), depth)
        raise WireError("invalid msgpack type byte 0x%x at offset %d" % (c, self.pos - 1))

    def text(self, n):
        return W_StrObject(decode_utf8(self.raw(n)))

    def array(self, n, depth):
        # each item takes at least one byte: refuses absurd counts up front
        self.need(n)
        items_w = [None] * n
        for i in range(n):
            items_w[i] = self.decode(depth + 1)
        return W_ListObject(items_w)

    def map(self, n, depth):
        self.need(2 * n)
        w_dict = W_DictObject()
        for i in range(n):
            w_key = self.decode(depth + 1)
            w_value = self.decode(depth + 1)
            try:
                w_dict.setitem(self.space, w_key, w_value)
            except OperationError:
                raise WireError("unhashable map key")
        return w_dict

    def ext(self, n, depth):
        self.need(1 + n)
        exttype = self.byte()
        payload = self.raw(n)
        if exttype == EXT_TUPLE:
            sub = Decoder(self.space, payload, self.allow_code)
            w_list = sub.decode(depth + 1)
            if sub.pos != len(payload) or not isinstance(w_list, W_ListObject):
                raise WireError("malformed tuple extension")
            return W_TupleObject(w_list.items_w)
        if exttype == EXT_BIGINT:
            if n == 0:
                raise WireError("empty big integer")
            return self.space.newlong(rbigint.frombytes(payload, "big", True))
        if exttype == EXT_ELLIPSIS:
            if n != 0:
                raise WireError("malformed Ellipsis extension")
            return self.space.w_Ellipsis
        if exttype == EXT_CODE:
            if not self.allow_code:
                raise WireError("a code object is not allowed here")
            return self.code(payload, depth)
        raise WireError("unknown extension type %d" % exttype)

    def code(self, payload, depth):
        sub = Decoder(self.space, payload, True)
        w_fields = sub.decode(depth + 1)
        if sub.pos != len(payload):
            raise WireError("trailing bytes in a code object")
        if not isinstance(w_fields, W_ListObject) or len(w_fields.items_w) != CODE_FIELDS:
            raise WireError("a code object must be an array of %d fields" % CODE_FIELDS)
        f = w_fields.items_w
        if field_str(f[0], "magic") != opcodes.MAGIC:
            raise WireError("bad code object magic")
        if field_int(f[1], "version") != opcodes.BYTECODE_VERSION:
            raise WireError("unsupported bytecode version %d (this interpreter runs %d)"
                            % (field_int(f[1], "version"), opcodes.BYTECODE_VERSION))
        w_consts = f[11]
        if not isinstance(w_consts, W_ListObject):
            raise WireError("code field consts must be an array")
        w_code_bytes = f[10]
        if not isinstance(w_code_bytes, W_BytesObject):
            raise WireError("code field code must be bin")
        code = W_Code(field_str(f[2], "name"), field_str(f[3], "filename"),
                      field_int(f[4], "firstlineno"), field_int(f[5], "argcount"),
                      field_int(f[6], "kwonlyargcount"), field_int(f[7], "nlocals"),
                      field_int(f[8], "flags"), field_str_list(f[9], "varnames"),
                      w_code_bytes.value, fixed_copy(w_consts.items_w),
                      field_str_list(f[12], "names"), field_int_list(f[13], "lines"),
                      field_int(f[14], "stacksize"))
        from rpython_sandbox.verifier import verify
        try:
            verify(code)
        except VerifyError as e:
            raise WireError(e.msg)
        return code


def _signed(value, bits):
    if value >= 1 << (bits - 1):
        return value - (1 << bits)
    return value


def field_str(w_value, what):
    if not isinstance(w_value, W_StrObject):
        raise WireError("code field %s must be a str" % what)
    return encode_utf8(w_value.value)


def field_int(w_value, what):
    if type(w_value) is not W_IntObject:
        raise WireError("code field %s must be an int" % what)
    return w_value.intval


# Code objects keep fixed-size lists (the JIT folds reads of them), so these
# build them at their final size instead of appending.

def fixed_copy(items_w):
    result_w = [None] * len(items_w)
    for i in range(len(items_w)):
        result_w[i] = items_w[i]
    return result_w


def field_str_list(w_value, what):
    if not isinstance(w_value, W_ListObject):
        raise WireError("code field %s must be an array" % what)
    result = [""] * len(w_value.items_w)
    for i in range(len(result)):
        result[i] = field_str(w_value.items_w[i], what)
    return result


def field_int_list(w_value, what):
    if not isinstance(w_value, W_ListObject):
        raise WireError("code field %s must be an array" % what)
    result = [0] * len(w_value.items_w)
    for i in range(len(result)):
        result[i] = field_int(w_value.items_w[i], what)
    return result


def decode_message(space, payload):
    """A host message: a non-empty array whose first item is a str."""
    w_msg = Decoder(space, payload, True).decode_all()
    if not isinstance(w_msg, W_ListObject) or len(w_msg.items_w) == 0 or \
            not isinstance(w_msg.items_w[0], W_StrObject):
        raise WireError("a message must be an array starting with its type (a str)")
    return w_msg


# --- encoding ------------------------------------------------------------------

class Encoder(object):
    """Guest value -> msgpack bytes.  Values that cannot cross the boundary
    raise a guest TypeError (or ValueError for too deep nesting)."""

    def __init__(self, space):
        self.space = space
        self.out = StringBuilder()

    def build(self):
        return self.out.build()

    def header(self, fix_base, fix_max, code16, code32, n):
        if n <= fix_max:
            self.out.append(chr(fix_base | n))
        elif n <= 0xffff:
            self.out.append(chr(code16))
            self.be(n, 2)
        else:
            self.out.append(chr(code32))
            self.be(n, 4)

    def be(self, value, nbytes):
        for i in range(nbytes - 1, -1, -1):
            self.out.append(chr((value >> (8 * i)) & 0xff))

    def encode(self, w_obj, depth):
        space = self.space
        if depth > MAX_DEPTH:
            raise oefmt(space, space.w_ValueError,
                        "value nested more than %d levels deep cannot leave the sandbox", MAX_DEPTH)
        if w_obj is space.w_None:
            self.out.append("\xc0")
        elif w_obj is space.w_Ellipsis:
            self.encode_ext(EXT_ELLIPSIS, "")
        elif isinstance(w_obj, W_BoolObject):
            if w_obj.intval:
                self.out.append("\xc3")
            else:
                self.out.append("\xc2")
        elif isinstance(w_obj, W_IntObject):
            self.encode_int(w_obj.intval)
        elif isinstance(w_obj, W_LongObject):
            self.encode_bigint(w_obj.num)
        elif isinstance(w_obj, W_FloatObject):
            self.out.append("\xcb")
            bits = ieee.float_pack(w_obj.floatval, 8)
            for i in range(7, -1, -1):
                self.out.append(chr(intmask((bits >> (8 * i)) & 0xff)))
        elif isinstance(w_obj, W_StrObject):
            self.encode_text(encode_utf8(w_obj.value))
        elif isinstance(w_obj, W_BytesObject):
            n = len(w_obj.value)
            if n <= 0xff:
                self.out.append("\xc4")
                self.be(n, 1)
            elif n <= 0xffff:
                self.out.append("\xc5")
                self.be(n, 2)
            else:
                self.out.append("\xc6")
                self.be(n, 4)
            self.out.append(w_obj.value)
        elif isinstance(w_obj, W_ListObject):
            items_w = w_obj.items_w[:]
            self.header(0x90, 15, 0xdc, 0xdd, len(items_w))
            for w_item in items_w:
                self.encode(w_item, depth + 1)
        elif isinstance(w_obj, W_TupleObject):
            sub = Encoder(space)
            sub.header(0x90, 15, 0xdc, 0xdd, len(w_obj.items_w))
            for w_item in w_obj.items_w:
                sub.encode(w_item, depth + 1)
            self.encode_ext(EXT_TUPLE, sub.build())
        elif isinstance(w_obj, W_DictObject):
            items = w_obj.data.items()
            self.header(0x80, 15, 0xde, 0xdf, len(items))
            for w_k, w_v in items:
                self.encode(w_k, depth + 1)
                self.encode(w_v, depth + 1)
        else:
            raise oefmt(space, space.w_TypeError,
                        "cannot copy '%s' out of the sandbox", w_obj.typename)
        if self.out.getlength() > MAX_FRAME:
            raise oefmt(space, space.w_ValueError,
                        "value too large to leave the sandbox (over %d bytes)", MAX_FRAME)

    def encode_int(self, x):
        if 0 <= x <= 0x7f:
            self.out.append(chr(x))
        elif -32 <= x < 0:
            self.out.append(chr(x & 0xff))
        elif x >= 0:
            self.out.append("\xcf")
            self.be(x, 8)
        else:
            self.out.append("\xd3")
            self.be(x, 8)

    def encode_bigint(self, num):
        nbytes = num.abs().bit_length() // 8 + 1
        self.encode_ext(EXT_BIGINT, num.tobytes(nbytes, "big", True))

    def encode_text(self, s):
        n = len(s)
        if n <= 31:
            self.out.append(chr(0xa0 | n))
        elif n <= 0xff:
            self.out.append("\xd9")
            self.be(n, 1)
        elif n <= 0xffff:
            self.out.append("\xda")
            self.be(n, 2)
        else:
            self.out.append("\xdb")
            self.be(n, 4)
        self.out.append(s)

    def encode_ext(self, exttype, payload):
        n = len(payload)
        if n <= 0xff:
            self.out.append("\xc7")
            self.be(n, 1)
        elif n <= 0xffff:
            self.out.append("\xc8")
            self.be(n, 2)
        else:
            self.out.append("\xc9")
            self.be(n, 4)
        self.out.append(chr(exttype))
        self.out.append(payload)


def encode_value(space, w_obj):
    enc = Encoder(space)
    enc.encode(w_obj, 0)
    return enc.build()

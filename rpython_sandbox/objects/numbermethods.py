"""Methods and attributes of int (and bool) and float: bit_length,
to_bytes, as_integer_ratio, hex, real/imag, ... with CPython 3.11's
results and errors.  Installed on the classes when imported."""

import math

from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint, InvalidEndiannessError, InvalidSignednessError
from rpython.rlib.rstring import StringBuilder

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.objects.intobject import W_IntObject
from rpython_sandbox.objects.longobject import W_LongObject, to_rbigint
from rpython_sandbox.objects.floatobject import W_FloatObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.bytesobject import W_BytesObject
from rpython_sandbox.objects.typeattrs import type_function


def _num(w_self):
    num = to_rbigint(w_self)
    assert num is not None
    return num


def _plain_int(space, w_self):
    """The value as an int (a bool becomes 0 or 1)."""
    if isinstance(w_self, W_IntObject):
        return space.newint(w_self.intval)
    return w_self


def int_getattr(space, w_self, name):
    if name == "real" or name == "numerator":
        return _plain_int(space, w_self)
    if name == "imag":
        return space.newint(0)
    if name == "denominator":
        return space.newint(1)
    return space.lookup_method(w_self, name)


def float_getattr(space, w_self, name):
    assert isinstance(w_self, W_FloatObject)
    if name == "real":
        return space.newfloat(w_self.floatval)
    if name == "imag":
        return space.newfloat(0.0)
    return space.lookup_method(w_self, name)


int_methods, intmethod = method_table()


@intmethod("bit_length")
def int_bit_length(space, w_self, args):
    args.check(space, "bit_length", 0, 0)
    return space.newint(_num(w_self).bit_length())


@intmethod("bit_count")
def int_bit_count(space, w_self, args):
    args.check(space, "bit_count", 0, 0)
    if isinstance(w_self, W_IntObject):
        x = w_self.intval
        if x < 0:
            x = -x      # -sys.maxsize-1 cannot be a W_IntObject's negation issue: see below
        count = 0
        if x < 0:       # the most negative machine int
            return space.newint(1)
        while x:
            x &= x - 1
            count += 1
        return space.newint(count)
    num = _num(w_self).abs()
    data = num.tobytes((num.bit_length() + 7) // 8, "little", False)
    count = 0
    for ch in data:
        c = ord(ch)
        while c:
            c &= c - 1
            count += 1
    return space.newint(count)


@intmethod("conjugate")
def int_conjugate(space, w_self, args):
    args.check(space, "conjugate", 0, 0)
    return _plain_int(space, w_self)


@intmethod("as_integer_ratio")
def int_as_integer_ratio(space, w_self, args):
    args.check(space, "as_integer_ratio", 0, 0)
    return space.newtuple([_plain_int(space, w_self), space.newint(1)])


def _byteorder(space, w_order, fname):
    if not isinstance(w_order, W_StrObject):
        raise oefmt(space, space.w_TypeError,
                    "%s() argument 'byteorder' must be str, not %s", fname, w_order.typename)
    if w_order.value == u"big":
        return "big"
    if w_order.value == u"little":
        return "little"
    raise oefmt(space, space.w_ValueError, "byteorder must be either 'little' or 'big'")


def _args3(space, args, fname, names, defaults_w, npositional):
    """Up to three arguments by position or keyword (the ones past
    npositional are keyword-only)."""
    n = len(args.args_w)
    if n > npositional:
        raise oefmt(space, space.w_TypeError,
                    "%s() takes at most %d positional arguments (%d given)", fname, npositional, n)
    result = [None] * len(names)
    for i in range(n):
        result[i] = args.args_w[i]
    for k in range(len(args.kw_names)):
        kw = args.kw_names[k]
        found = False
        for j in range(len(names)):
            if names[j] == kw:
                if result[j] is not None:
                    raise oefmt(space, space.w_TypeError,
                                "argument for %s() given by name ('%s') and position (%d)",
                                fname, kw, j + 1)
                result[j] = args.kw_values_w[k]
                found = True
        if not found:
            raise oefmt(space, space.w_TypeError,
                        "%s() got an unexpected keyword argument '%s'", fname, kw)
    for j in range(len(names)):
        if result[j] is None:
            result[j] = defaults_w[j]
            if result[j] is None:
                raise oefmt(space, space.w_TypeError,
                            "%s() missing required argument '%s' (pos %d)", fname, names[j], j + 1)
    return result


@intmethod("to_bytes")
def int_to_bytes(space, w_self, args):
    w_length, w_order, w_signed = _args3(
        space, args, "to_bytes", ["length", "byteorder", "signed"],
        [space.newint(1), space.newtext(u"big"), space.w_False], 2)
    length = space.index_w(w_length)
    if length < 0:
        raise oefmt(space, space.w_ValueError, "length argument must be non-negative")
    order = _byteorder(space, w_order, "to_bytes")
    space.check_allocation(length, 1, 1)
    try:
        data = _num(w_self).tobytes(length, order, space.is_true(w_signed))
    except InvalidSignednessError:
        raise oefmt(space, space.w_OverflowError, "can't convert negative int to unsigned")
    except InvalidEndiannessError:
        raise oefmt(space, space.w_ValueError, "byteorder must be either 'little' or 'big'")
    except OverflowError:
        raise oefmt(space, space.w_OverflowError, "int too big to convert")
    return space.newbytes(data)


def bytes_of(space, w_obj):
    """The bytes of a bytes object or of an iterable of ints in range(256)."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    if isinstance(w_obj, W_StrObject):
        raise oefmt(space, space.w_TypeError, "cannot convert 'str' object to bytes")
    items_w = space.unpack_iterable(w_obj)
    b = StringBuilder(len(items_w))
    for w_item in items_w:
        c = space.index_w(w_item)
        if c < 0 or c > 255:
            raise oefmt(space, space.w_ValueError, "bytes must be in range(0, 256)")
        b.append(chr(c))
    return b.build()


@type_function("int.from_bytes")
def int_from_bytes(space, args):
    w_bytes, w_order, w_signed = _args3(
        space, args, "from_bytes", ["bytes", "byteorder", "signed"],
        [None, space.newtext(u"big"), space.w_False], 2)
    order = _byteorder(space, w_order, "from_bytes")
    data = bytes_of(space, w_bytes)
    space.charge_work(len(data) // 8 + 1)
    return space.newlong(rbigint.frombytes(data, order, space.is_true(w_signed)))


W_IntObject.methods = int_methods
W_LongObject.methods = int_methods


# --- float ---------------------------------------------------------------------------

float_methods, floatmethod = method_table()


def _fval(w_self):
    assert isinstance(w_self, W_FloatObject)
    return w_self.floatval


@floatmethod("is_integer")
def float_is_integer(space, w_self, args):
    args.check(space, "is_integer", 0, 0)
    x = _fval(w_self)
    return space.newbool(rfloat.isfinite(x) and math.floor(x) == x)


@floatmethod("conjugate")
def float_conjugate(space, w_self, args):
    args.check(space, "conjugate", 0, 0)
    return space.newfloat(_fval(w_self))


@floatmethod("as_integer_ratio")
def float_as_integer_ratio(space, w_self, args):
    args.check(space, "as_integer_ratio", 0, 0)
    x = _fval(w_self)
    if rfloat.isinf(x):
        raise oefmt(space, space.w_OverflowError, "cannot convert Infinity to integer ratio")
    if rfloat.isnan(x):
        raise oefmt(space, space.w_ValueError, "cannot convert NaN to integer ratio")
    part, exponent = math.frexp(x)
    for i in range(300):
        if part == math.floor(part):
            break
        part *= 2.0
        exponent -= 1
    numerator = rbigint.fromfloat(part)
    denominator = rbigint.fromint(1)
    if exponent > 0:
        numerator = numerator.lshift(exponent)
    else:
        denominator = denominator.lshift(-exponent)
    return space.newtuple([space.newlong(numerator), space.newlong(denominator)])


HEX = "0123456789abcdef"


@floatmethod("hex")
def float_hex(space, w_self, args):
    args.check(space, "hex", 0, 0)
    x = _fval(w_self)
    if rfloat.isnan(x) or rfloat.isinf(x):
        from rpython_sandbox.objects.floatobject import float_repr
        return space.newtext(unicode(float_repr(x)))
    if x == 0.0:
        if rfloat.copysign(1.0, x) < 0.0:
            return space.newtext(u"-0x0.0p+0")
        return space.newtext(u"0x0.0p+0")
    m, e = math.frexp(abs(x))
    shift = 1 - max(-1021 - e, 0)
    m = math.ldexp(m, shift)
    e -= shift
    b = StringBuilder(32)
    if x < 0.0:
        b.append("-")
    b.append("0x")
    d = int(m)
    b.append(HEX[d])
    m -= d
    b.append(".")
    for i in range(13):
        m *= 16.0
        d = int(m)
        b.append(HEX[d])
        m -= d
    b.append("p")
    if e < 0:
        b.append("-")
        e = -e
    else:
        b.append("+")
    b.append(str(e))
    return space.newtext(unicode(b.build()))


def _hexval(ch):
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "a" <= ch <= "f":
        return ord(ch) - ord("a") + 10
    if "A" <= ch <= "F":
        return ord(ch) - ord("A") + 10
    return -1


def float_fromhex_text(space, text):
    from rpython_sandbox.wire import encode_utf8
    from rpython_sandbox.objects.complexobject import _strip_ws
    s = encode_utf8(_strip_ws(text)).lower()
    i = 0
    n = len(s)
    negative = False
    if i < n and (s[i] == "-" or s[i] == "+"):
        negative = s[i] == "-"
        i += 1
    rest = s[i:]
    if rest == "inf" or rest == "infinity":
        return -rfloat.INFINITY if negative else rfloat.INFINITY
    if rest == "nan":
        return rfloat.NAN
    if rest.startswith("0x"):
        i += 2
    mant = rbigint.fromint(0)
    exp = 0
    ndigits = 0
    while i < n and _hexval(s[i]) >= 0:
        mant = mant.int_mul(16).int_add(_hexval(s[i]))
        ndigits += 1
        i += 1
    if i < n and s[i] == ".":
        i += 1
        while i < n and _hexval(s[i]) >= 0:
            mant = mant.int_mul(16).int_add(_hexval(s[i]))
            exp -= 4
            ndigits += 1
            i += 1
    if ndigits == 0:
        raise oefmt(space, space.w_ValueError, "invalid hexadecimal floating-point string")
    if i < n and s[i] == "p":
        i += 1
        esign = 1
        if i < n and (s[i] == "-" or s[i] == "+"):
            if s[i] == "-":
                esign = -1
            i += 1
        start = i
        e = 0
        while i < n and "0" <= s[i] <= "9":
            if e < 100000000:
                e = e * 10 + ord(s[i]) - ord("0")
            i += 1
        if i == start:
            raise oefmt(space, space.w_ValueError, "invalid hexadecimal floating-point string")
        exp += esign * e
    if i != n:
        raise oefmt(space, space.w_ValueError, "invalid hexadecimal floating-point string")
    x = _scale(space, mant, exp)
    return -x if negative else x


def _scale(space, mant, exp):
    """mant * 2**exp correctly rounded to a float (half to even)."""
    if mant.sign == 0:
        return 0.0
    bl = mant.bit_length()
    top = bl + exp - 1          # exponent of the leading bit
    if top > 1023:
        raise oefmt(space, space.w_OverflowError,
                    "hexadecimal value too large to represent as a float")
    if top < -1075:
        return 0.0
    prec = 53
    if top < -1022:
        prec = 53 - (-1022 - top)
    if bl > prec:
        shift = bl - prec
        one = rbigint.fromint(1)
        q = mant.rshift(shift)
        rem = mant.and_(one.lshift(shift).int_sub(1))
        half = one.lshift(shift - 1)
        if rem.gt(half) or (rem.eq(half) and q.int_and_(1).tobool()):
            q = q.int_add(1)
        mant = q
        exp += shift
    x = math.ldexp(mant.tofloat(), exp)
    if rfloat.isinf(x):
        raise oefmt(space, space.w_OverflowError,
                    "hexadecimal value too large to represent as a float")
    return x


@type_function("float.fromhex")
def float_fromhex(space, args):
    args.check(space, "fromhex", 1, 1)
    w_s = args.args_w[0]
    if not isinstance(w_s, W_StrObject):
        raise oefmt(space, space.w_TypeError, "must be str, not %s", w_s.typename)
    return space.newfloat(float_fromhex_text(space, w_s.value))


W_FloatObject.methods = float_methods

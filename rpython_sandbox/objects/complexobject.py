"""complex: a pair of floats, with CPython's arithmetic (its division and
power algorithms, so results agree to the bit), repr, hash and parsing.
There are no complex literals in the bytecode: scripts build them with
complex(re, im) (the compiler refuses `1j`)."""

import math

from rpython.rlib import rfloat
from rpython.rlib.rarithmetic import intmask, r_uint

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.intobject import W_IntObject
from rpython_sandbox.objects.longobject import W_LongObject
from rpython_sandbox.objects.floatobject import W_FloatObject, hash_float
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox import operators as ops


class W_ComplexObject(W_Root):
    _attrs_ = _immutable_fields_ = ["real", "imag"]
    typename = "complex"

    def __init__(self, real, imag):
        self.real = real
        self.imag = imag

    def gettype(self, space):
        return space.w_complex

    def is_true(self, space):
        return self.real != 0.0 or self.imag != 0.0

    def repr(self, space):
        return complex_repr(self.real, self.imag)

    def hash(self, space):
        hr = r_uint(hash_float(self.real))
        hi = r_uint(hash_float(self.imag))
        h = intmask(hr + r_uint(1000003) * hi)
        if h == -1:
            h = -2
        return h

    def eq(self, space, w_other):
        if isinstance(w_other, W_ComplexObject):
            return space.newbool(self.real == w_other.real and self.imag == w_other.imag)
        if isinstance(w_other, W_FloatObject) or isinstance(w_other, W_IntObject) or \
                isinstance(w_other, W_LongObject):
            if self.imag != 0.0:
                return space.w_False
            return space.eq(space.newfloat(self.real), w_other)
        return None

    def binop(self, space, op, w_other):
        other = as_complex(space, w_other)
        if other is None:
            return None
        return complex_binop(space, op, self.real, self.imag, other.real, other.imag)

    def rbinop(self, space, op, w_other):
        other = as_complex(space, w_other)
        if other is None:
            return None
        return complex_binop(space, op, other.real, other.imag, self.real, self.imag)

    def neg(self, space):
        return W_ComplexObject(-self.real, -self.imag)

    def pos(self, space):
        return W_ComplexObject(self.real, self.imag)

    def getattr(self, space, name):
        if name == "real":
            return space.newfloat(self.real)
        if name == "imag":
            return space.newfloat(self.imag)
        return space.lookup_method(self, name)


def as_complex(space, w_x):
    if isinstance(w_x, W_ComplexObject):
        return w_x
    if isinstance(w_x, W_FloatObject):
        return W_ComplexObject(w_x.floatval, 0.0)
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        return W_ComplexObject(space.float_w(w_x), 0.0)
    return None


def _format_part(x, with_sign):
    if rfloat.isnan(x):
        body = "nan"
        return "+" + body if with_sign else body
    if rfloat.isinf(x):
        if x > 0:
            return "+inf" if with_sign else "inf"
        return "-inf"
    if with_sign:
        sign = "+"
        if rfloat.copysign(1.0, x) < 0.0:
            sign = "-"
        return sign + rfloat.formatd(abs(x), "r", 0, 0)
    return rfloat.formatd(x, "r", 0, 0)


def complex_repr(real, imag):
    if real == 0.0 and rfloat.copysign(1.0, real) == 1.0:
        return unicode(_format_part(imag, False) + "j")
    return unicode("(" + _format_part(real, False) + _format_part(imag, True) + "j)")


def c_prod(ar, ai, br, bi):
    return ar * br - ai * bi, ar * bi + ai * br


def c_quot(space, ar, ai, br, bi):
    """CPython's _Py_c_quot; raises ZeroDivisionError for a zero divisor."""
    abs_breal = -br if br < 0 else br
    abs_bimag = -bi if bi < 0 else bi
    if abs_breal >= abs_bimag:
        if abs_breal == 0.0:
            raise oefmt(space, space.w_ZeroDivisionError, "complex division by zero")
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    elif abs_bimag >= abs_breal:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return rfloat.NAN, rfloat.NAN


def c_pow(space, ar, ai, br, bi):
    """CPython's complex_pow (c_powi for small integer exponents)."""
    if bi == 0.0 and br == math.floor(br) and abs(br) <= 100.0:
        n = int(br)
        if n >= 0:
            rr, ri = _c_powu(ar, ai, n)
        else:
            pr, pi = _c_powu(ar, ai, -n)
            if pr == 0.0 and pi == 0.0:
                raise oefmt(space, space.w_ZeroDivisionError,
                            "0.0 to a negative or complex power")
            rr, ri = c_quot(space, 1.0, 0.0, pr, pi)
    elif br == 0.0 and bi == 0.0:
        rr, ri = 1.0, 0.0
    elif ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise oefmt(space, space.w_ZeroDivisionError, "0.0 to a negative or complex power")
        rr, ri = 0.0, 0.0
    else:
        vabs = math.hypot(ar, ai)
        length = math.pow(vabs, br)
        at = math.atan2(ai, ar)
        phase = at * br
        if bi != 0.0:
            length /= math.exp(at * bi)
            phase += bi * math.log(vabs)
        rr = length * math.cos(phase)
        ri = length * math.sin(phase)
    if rfloat.isinf(rr) or rfloat.isinf(ri):
        raise oefmt(space, space.w_OverflowError, "complex exponentiation")
    return rr, ri


def _c_powu(xr, xi, n):
    rr, ri = 1.0, 0.0
    pr, pi = xr, xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = c_prod(rr, ri, pr, pi)
        mask <<= 1
        pr, pi = c_prod(pr, pi, pr, pi)
    return rr, ri


def complex_binop(space, op, ar, ai, br, bi):
    if op == ops.ADD:
        return W_ComplexObject(ar + br, ai + bi)
    if op == ops.SUB:
        return W_ComplexObject(ar - br, ai - bi)
    if op == ops.MUL:
        r, i = c_prod(ar, ai, br, bi)
        return W_ComplexObject(r, i)
    if op == ops.TRUEDIV:
        r, i = c_quot(space, ar, ai, br, bi)
        return W_ComplexObject(r, i)
    if op == ops.POW:
        r, i = c_pow(space, ar, ai, br, bi)
        return W_ComplexObject(r, i)
    return None


def complex_abs(space, w_c):
    assert isinstance(w_c, W_ComplexObject)
    if rfloat.isinf(w_c.real) or rfloat.isinf(w_c.imag):
        return rfloat.INFINITY
    if rfloat.isnan(w_c.real) or rfloat.isnan(w_c.imag):
        return rfloat.NAN
    r = math.hypot(w_c.real, w_c.imag)
    if rfloat.isinf(r):
        raise oefmt(space, space.w_OverflowError, "absolute value too large")
    return r


complex_methods, complexmethod = method_table()


@complexmethod("conjugate")
def complex_conjugate(space, w_self, args):
    args.check(space, "conjugate", 0, 0)
    assert isinstance(w_self, W_ComplexObject)
    return W_ComplexObject(w_self.real, -w_self.imag)


W_ComplexObject.methods = complex_methods


# --- the constructor ----------------------------------------------------------------

def construct_complex(space, w_type, args):
    from rpython_sandbox.objects.strobject import W_StrObject
    args.check(space, "complex", 0, 2, allow_kw=True)
    allowed = ["real", "imag"]
    w_real = args.keyword(space, "complex", "real", None, allowed)
    w_imag = args.keyword(space, "complex", "imag", None, allowed)
    if len(args.args_w) >= 1:
        w_real = args.args_w[0]
    if len(args.args_w) >= 2:
        w_imag = args.args_w[1]
    if w_real is None:
        w_real = space.newint(0)
    if isinstance(w_real, W_StrObject):
        if w_imag is not None:
            raise oefmt(space, space.w_TypeError,
                        "complex() can't take second arg if first is a string")
        return parse_complex(space, w_real.value)
    if w_imag is not None and isinstance(w_imag, W_StrObject):
        raise oefmt(space, space.w_TypeError, "complex() second arg can't be a string")
    a = _complex_arg(space, w_real, "first")
    if w_imag is None:
        return W_ComplexObject(a.real, a.imag)
    b = _complex_arg(space, w_imag, "second")
    # real + imag*1j, touching a part only when an argument is complex (as
    # CPython, so that signed zeros survive)
    real = a.real
    imag = b.real
    if isinstance(w_imag, W_ComplexObject):
        real -= b.imag
    if isinstance(w_real, W_ComplexObject):
        imag += a.imag
    return W_ComplexObject(real, imag)


def _complex_arg(space, w_x, which):
    w_res = space.user_special(w_x, "__complex__")
    if w_res is not None:
        if not isinstance(w_res, W_ComplexObject):
            raise oefmt(space, space.w_TypeError,
                        "__complex__ returned non-complex (type %s)", space.type_name_of(w_res))
        return w_res
    w_float = space.float_hook(w_x)     # __float__, else __index__
    if w_float is not None:
        w_x = w_float
    c = as_complex(space, w_x)
    if c is None:
        raise oefmt(space, space.w_TypeError,
                    "complex() %s argument must be a string or a number, not '%s'",
                    which, w_x.typename)
    return c


def parse_complex(space, text):
    from rpython_sandbox.builtins.constructors import float_from_text
    s = _strip_ws(text)
    if len(s) >= 2 and s[0] == u"(" and s[len(s) - 1] == u")":
        end = len(s) - 1
        assert end >= 1
        s = _strip_ws(s[1:end])
    n = len(s)
    if n == 0 or u" " in s:
        raise oefmt(space, space.w_ValueError, "complex() arg is a malformed string")
    if s[n - 1] != u"j" and s[n - 1] != u"J":
        return W_ComplexObject(_float_part(space, s), 0.0)
    stop = n - 1
    assert stop >= 0
    body = s[:stop]
    # split at the last sign that is not the first character nor follows an 'e'
    split = -1
    for i in range(len(body) - 1, 0, -1):
        ch = body[i]
        if (ch == u"+" or ch == u"-") and body[i - 1] != u"e" and body[i - 1] != u"E":
            split = i
            break
    if split < 0:
        return W_ComplexObject(0.0, _imag_part(space, body))
    assert split > 0
    return W_ComplexObject(_float_part(space, body[:split]), _imag_part(space, body[split:]))


def _strip_ws(s):
    from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
    start = 0
    end = len(s)
    while start < end and unicodedb.isspace(ord(s[start])):
        start += 1
    while end > start and unicodedb.isspace(ord(s[end - 1])):
        end -= 1
    assert start >= 0 and end >= start
    return s[start:end]


def _imag_part(space, s):
    if s == u"" or s == u"+":
        return 1.0
    if s == u"-":
        return -1.0
    return _float_part(space, s)


def _float_part(space, s):
    from rpython_sandbox.builtins.constructors import float_from_text
    from rpython_sandbox.error import OperationError
    for ch in s:
        if not (u"0" <= ch <= u"9" or ch in u"+-.eEinfatyINFATY_"):
            raise oefmt(space, space.w_ValueError, "complex() arg is a malformed string")
    try:
        return float_from_text(space, s)
    except OperationError:
        raise oefmt(space, space.w_ValueError, "complex() arg is a malformed string")

"""float: an RPython float, with CPython's repr, hashing and arithmetic
corner cases (signed zeros, inf/nan, the exact messages of ZeroDivisionError).
"""

import math

from rpython.rlib import rfloat
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rbigint import rbigint

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.intobject import W_IntObject, HASH_MODULUS
from rpython_sandbox.objects.longobject import W_LongObject
from rpython_sandbox.error import oefmt
from rpython_sandbox import operators as ops

HASH_INF = 314159
HASH_BITS = 61


def float_repr(x):
    """repr(float) exactly as CPython prints it."""
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        if x > 0:
            return "inf"
        return "-inf"
    return rfloat.formatd(x, "r", 0, rfloat.DTSF_ADD_DOT_0)


def hash_float(x):
    """CPython's _Py_HashDouble (without the NaN identity hash)."""
    if math.isinf(x):
        if x > 0:
            return HASH_INF
        return -HASH_INF
    if math.isnan(x):
        return 0
    m, e = math.frexp(x)
    sign = 1
    if m < 0:
        sign = -1
        m = -m
    x_acc = 0
    while m:
        x_acc = ((x_acc << 28) & HASH_MODULUS) | (x_acc >> (HASH_BITS - 28))
        m *= 268435456.0
        e -= 28
        y = int(m)
        m -= y
        x_acc += y
        if x_acc >= HASH_MODULUS:
            x_acc -= HASH_MODULUS
    if e >= 0:
        e = e % HASH_BITS
    else:
        e = HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    x_acc = ((x_acc << e) & HASH_MODULUS) | (x_acc >> (HASH_BITS - e))
    x_acc = x_acc * sign
    if x_acc == -1:
        x_acc = -2
    return x_acc


def as_float(space, w_obj):
    """The float value of an int, long, bool or float operand, or None
    (wrapped in a tuple-free way: returns (ok, value))."""
    if isinstance(w_obj, W_FloatObject):
        return True, w_obj.floatval
    if isinstance(w_obj, W_IntObject):
        return True, float(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return True, space.bigint_to_float(w_obj.num)
    return False, 0.0


class W_FloatObject(W_Root):
    _attrs_ = _immutable_fields_ = ["floatval"]
    typename = "float"

    def __init__(self, floatval):
        self.floatval = floatval

    def gettype(self, space):
        return space.w_float

    def is_true(self, space):
        return self.floatval != 0.0

    def repr(self, space):
        return unicode(float_repr(self.floatval))

    def hash(self, space):
        return hash_float(self.floatval)

    def eq(self, space, w_other):
        if isinstance(w_other, W_FloatObject):
            return space.newbool(self.floatval == w_other.floatval)
        if isinstance(w_other, W_IntObject) or isinstance(w_other, W_LongObject):
            return space.newbool(compare_float_int(space, ops.EQ, self.floatval, w_other))
        return None

    def compare(self, space, op, w_other):
        if isinstance(w_other, W_FloatObject):
            return space.newbool(ops.ordered(op, self.floatval, w_other.floatval))
        if isinstance(w_other, W_IntObject) or isinstance(w_other, W_LongObject):
            return space.newbool(compare_float_int(space, op, self.floatval, w_other))
        return None

    def binop(self, space, op, w_other):
        ok, b = as_float(space, w_other)
        if not ok:
            return None
        return float_binop(space, op, self.floatval, b)

    def rbinop(self, space, op, w_other):
        ok, a = as_float(space, w_other)
        if not ok:
            return None
        return float_binop(space, op, a, self.floatval)

    def getattr(self, space, name):
        from rpython_sandbox.objects.numbermethods import float_getattr
        return float_getattr(space, self, name)

    def neg(self, space):
        return space.newfloat(-self.floatval)

    def pos(self, space):
        return self


def compare_float_int(space, op, f, w_int):
    """Compare a float with an int exactly, as CPython does (no rounding of
    the int to a float when it has more than 53 bits)."""
    if isinstance(w_int, W_IntObject) and -(1 << 53) <= w_int.intval <= (1 << 53):
        return ops.ordered(op, f, float(w_int.intval))
    if math.isnan(f):
        return op == ops.NE
    if math.isinf(f):
        return ops.ordered(op, f, 0.0)
    if isinstance(w_int, W_IntObject):
        big = rbigint.fromint(w_int.intval)
    else:
        assert isinstance(w_int, W_LongObject)
        big = w_int.num
    # compare floor(f) with the int, then let the fraction break ties
    fl = math.floor(f)
    bf = rbigint.fromfloat(fl)
    frac = f - fl
    if bf.eq(big):
        c = 0
        if frac > 0.0:
            c = 1
    elif bf.lt(big):
        c = -1
    else:
        c = 1
    return ops.ordered(op, c, 0)


def float_binop(space, op, a, b):
    if op == ops.ADD:
        return space.newfloat(a + b)
    if op == ops.SUB:
        return space.newfloat(a - b)
    if op == ops.MUL:
        return space.newfloat(a * b)
    if op == ops.TRUEDIV:
        if b == 0.0:
            raise oefmt(space, space.w_ZeroDivisionError, "float division by zero")
        return space.newfloat(a / b)
    if op == ops.FLOORDIV:
        if b == 0.0:
            raise oefmt(space, space.w_ZeroDivisionError, "float floor division by zero")
        return space.newfloat(float_divmod(a, b)[0])
    if op == ops.MOD:
        if b == 0.0:
            raise oefmt(space, space.w_ZeroDivisionError, "float modulo")
        return space.newfloat(float_divmod(a, b)[1])
    if op == ops.POW:
        return space.float_pow(a, b)
    return None


def float_divmod(x, y):
    """CPython's float_divmod: floor quotient and modulo with y's sign."""
    if math.isinf(x) or math.isnan(x) or math.isnan(y):
        return (rfloat.NAN, rfloat.NAN)    # what C's fmod gives CPython
    if math.isinf(y):
        mod = x
    else:
        mod = math.fmod(x, y)
    div = (x - mod) / y
    if mod:
        if (y < 0.0) != (mod < 0.0):
            mod += y
            div -= 1.0
    else:
        mod = math.copysign(0.0, y)
    if div:
        floordiv = math.floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = math.copysign(0.0, x / y)
    return (floordiv, mod)

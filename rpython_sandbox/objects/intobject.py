"""int and bool: machine-sized integers that overflow into W_LongObject.

Every operation first tries the machine-int fast path (what the JIT sees in
hot loops) and falls back to rbigint on overflow.
"""

import sys

from rpython.rlib.rarithmetic import ovfcheck, intmask, r_uint
from rpython.rlib.rbigint import rbigint
from rpython.rlib import jit

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.error import oefmt
from rpython_sandbox import operators as ops

HASH_MODULUS = (1 << 61) - 1   # CPython's numeric hash modulus (64-bit)


def hash_int(space, x):
    """CPython's hash() of an int, so 1 == 1.0 == True hash alike."""
    if -HASH_MODULUS < x < HASH_MODULUS:
        # almost every int is its own hash: no division
        if x == -1:
            return -2
        return x
    if x >= 0:
        h = x % HASH_MODULUS
    else:
        h = -((-x) % HASH_MODULUS)
    if h == -1:
        h = -2
    return h


class W_IntObject(W_Root):
    _attrs_ = _immutable_fields_ = ["intval"]
    typename = "int"

    def __init__(self, intval):
        self.intval = intval

    def gettype(self, space):
        return space.w_int

    def is_true(self, space):
        return self.intval != 0

    def repr(self, space):
        return unicode(str(self.intval))

    def hash(self, space):
        if self.intval == -1:
            return -2
        return hash_int(space, self.intval)

    def eq(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newbool(self.intval == w_other.intval)
        return None     # long and float know how to compare with int

    def compare(self, space, op, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newbool(ops.ordered(op, self.intval, w_other.intval))
        return None

    def binop(self, space, op, w_other):
        if isinstance(w_other, W_IntObject):
            return int_binop(space, op, self.intval, w_other.intval)
        return None

    def rbinop(self, space, op, w_other):
        return None

    def neg(self, space):
        try:
            return space.newint(ovfcheck(-self.intval))
        except OverflowError:
            return space.newlong(rbigint.fromint(self.intval).neg())

    def pos(self, space):
        return space.newint(self.intval)

    def invert(self, space):
        return space.newint(~self.intval)

    def toint_w(self):
        return self.intval

    def getattr(self, space, name):
        from rpython_sandbox.objects.numbermethods import int_getattr
        return int_getattr(space, self, name)


class W_BoolObject(W_IntObject):
    _attrs_ = []
    typename = "bool"

    def gettype(self, space):
        return space.w_bool

    def repr(self, space):
        if self.intval:
            return u"True"
        return u"False"

    def binop(self, space, op, w_other):
        # & | ^ of two bools stay bool, as in CPython
        if isinstance(w_other, W_BoolObject) and (op == ops.AND or op == ops.OR or op == ops.XOR):
            a = self.intval
            b = w_other.intval
            if op == ops.AND:
                return space.newbool(bool(a & b))
            if op == ops.OR:
                return space.newbool(bool(a | b))
            return space.newbool(bool(a ^ b))
        return W_IntObject.binop(self, space, op, w_other)

    def invert(self, space):
        return space.newint(~self.intval)


def int_binop(space, op, a, b):
    """a OP b on machine ints; falls back to rbigint on overflow."""
    try:
        if op == ops.ADD:
            return space.newint(ovfcheck(a + b))
        if op == ops.SUB:
            return space.newint(ovfcheck(a - b))
        if op == ops.MUL:
            return space.newint(ovfcheck(a * b))
        if op == ops.FLOORDIV:
            if b == 0:
                raise oefmt(space, space.w_ZeroDivisionError, "integer division or modulo by zero")
            return space.newint(py_floordiv(a, b))   # raises OverflowError itself
        if op == ops.MOD:
            if b == 0:
                raise oefmt(space, space.w_ZeroDivisionError, "integer modulo by zero")
            return space.newint(py_mod(a, b))
        if op == ops.TRUEDIV:
            if b == 0:
                raise oefmt(space, space.w_ZeroDivisionError, "division by zero")
            if -(1 << 53) <= a <= (1 << 53) and -(1 << 53) <= b <= (1 << 53):
                return space.newfloat(float(a) / float(b))
            return space.newfloat(space.bigint_truediv(rbigint.fromint(a), rbigint.fromint(b)))
        if op == ops.POW:
            return int_pow(space, a, b)
        if op == ops.LSHIFT:
            if b < 0:
                raise oefmt(space, space.w_ValueError, "negative shift count")
            if b < 63:
                c = a << b
                if (c >> b) == a:
                    return space.newint(c)
            return space.long_binop(op, rbigint.fromint(a), rbigint.fromint(b))
        if op == ops.RSHIFT:
            if b < 0:
                raise oefmt(space, space.w_ValueError, "negative shift count")
            if b >= 63:
                if a < 0:
                    return space.newint(-1)
                return space.newint(0)
            return space.newint(a >> b)
        if op == ops.AND:
            return space.newint(a & b)
        if op == ops.OR:
            return space.newint(a | b)
        if op == ops.XOR:
            return space.newint(a ^ b)
    except OverflowError:
        return space.long_binop(op, rbigint.fromint(a), rbigint.fromint(b))
    return None


def py_floordiv(a, b):
    """Floor division (RPython's // already rounds like Python's)."""
    if b == -1 and a == -sys.maxint - 1:
        raise OverflowError     # the one overflowing case; the caller goes big
    return a // b


def py_mod(a, b):
    if b == -1:
        return 0
    return a % b


def int_pow(space, a, b):
    if b < 0:
        if a == 0:
            raise oefmt(space, space.w_ZeroDivisionError,
                        "0.0 cannot be raised to a negative power")
        return space.float_pow(float(a), float(b))
    result = 1
    base = a
    e = b
    try:
        while e > 0:
            if e & 1:
                result = ovfcheck(result * base)
            e >>= 1
            if e > 0:
                base = ovfcheck(base * base)
    except OverflowError:
        return space.long_binop(ops.POW, rbigint.fromint(a), rbigint.fromint(b))
    return space.newint(result)

"""Arbitrary-precision integers (rbigint), the overflow of W_IntObject.

Results that fit a machine int are turned back into W_IntObject, so there is
exactly one representation for each value and the fast path stays fast.
"""

from rpython.rlib.rbigint import rbigint
from rpython.rlib.rarithmetic import intmask

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.intobject import W_IntObject, HASH_MODULUS
from rpython_sandbox import operators as ops


def to_rbigint(w_obj):
    """The rbigint of an int, bool or long; None for anything else."""
    if isinstance(w_obj, W_IntObject):
        return rbigint.fromint(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return w_obj.num
    from rpython_sandbox.objects.classobject import W_InstanceObject
    if isinstance(w_obj, W_InstanceObject) and w_obj.w_storage is not None:
        return to_rbigint(w_obj.w_storage)      # an int subclass instance
    return None


_HASH_MOD_BIG = rbigint.fromint(HASH_MODULUS)


class W_LongObject(W_Root):
    _attrs_ = _immutable_fields_ = ["num"]
    typename = "int"

    def __init__(self, num):
        self.num = num

    def gettype(self, space):
        return space.w_int

    def is_true(self, space):
        return self.num.sign != 0

    def repr(self, space):
        return space.bigint_to_decimal(self.num)

    def hash(self, space):
        neg = self.num.sign < 0
        h = self.num.abs().mod(_HASH_MOD_BIG).toint()
        if neg:
            h = -h
        if h == -1:
            h = -2
        return h

    def eq(self, space, w_other):
        b = to_rbigint(w_other)
        if b is None:
            return None
        return space.newbool(self.num.eq(b))

    def compare(self, space, op, w_other):
        b = to_rbigint(w_other)
        if b is None:
            return None
        return space.newbool(compare_bigints(op, self.num, b))

    def binop(self, space, op, w_other):
        b = to_rbigint(w_other)
        if b is None:
            return None
        return space.long_binop(op, self.num, b)

    def rbinop(self, space, op, w_other):
        a = to_rbigint(w_other)
        if a is None:
            return None
        return space.long_binop(op, a, self.num)

    def getattr(self, space, name):
        from rpython_sandbox.objects.numbermethods import int_getattr
        return int_getattr(space, self, name)

    def neg(self, space):
        return space.newlong(self.num.neg())

    def pos(self, space):
        return self

    def invert(self, space):
        return space.newlong(self.num.invert())


def compare_bigints(op, a, b):
    if op == ops.LT:
        return a.lt(b)
    if op == ops.LE:
        return a.le(b)
    if op == ops.GT:
        return a.gt(b)
    return a.ge(b)

"""tuple: an immutable, fixed list of W_Root."""

from rpython.rlib.rarithmetic import r_uint, intmask

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.objects.sequence import normalize_index, repeat_count, contains_item, repeat_items
from rpython_sandbox.objects.sliceobject import W_SliceObject
from rpython_sandbox.objects.listobject import slice_items, WORD
from rpython_sandbox.error import oefmt
from rpython_sandbox import operators as ops


XXPRIME_1 = r_uint(11400714785074694791)
XXPRIME_2 = r_uint(14029467366897019727)
XXPRIME_5 = r_uint(2870177450012600261)


class W_TupleObject(W_Root):
    _attrs_ = _immutable_fields_ = ["items_w"]
    typename = "tuple"
    iterable = True

    def __init__(self, items_w):
        self.items_w = items_w

    def gettype(self, space):
        return space.w_tuple

    def is_true(self, space):
        return len(self.items_w) > 0

    def repr(self, space):
        if len(self.items_w) == 1:
            return u"(" + space.repr_u(self.items_w[0]) + u",)"
        return space.repr_sequence(self, u"(", self.items_w, u")")

    def hash(self, space):
        # CPython's xxHash-based tuple hash (3.8+), on unsigned words
        acc = XXPRIME_5
        for w_item in self.items_w:
            lane = r_uint(space.hash_w(w_item))
            acc += lane * XXPRIME_2
            acc = (acc << 31) | (acc >> 33)
            acc *= XXPRIME_1
        acc += r_uint(len(self.items_w)) ^ (XXPRIME_5 ^ r_uint(3527539))
        if acc == r_uint(-1):
            return 1546275796
        return intmask(acc)

    def eq(self, space, w_other):
        if not isinstance(w_other, W_TupleObject):
            return None
        return space.newbool(space.sequences_equal(self.items_w, w_other.items_w))

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_TupleObject):
            return None
        return space.newbool(space.sequences_compare(op, self.items_w, w_other.items_w))

    def binop(self, space, op, w_other):
        if op == ops.ADD and isinstance(w_other, W_TupleObject):
            return W_TupleObject(self.items_w + w_other.items_w)
        if op == ops.MUL and space.has_index(w_other):
            n = repeat_count(space, w_other, WORD, len(self.items_w))
            return W_TupleObject(repeat_items(space, self.items_w, n))
        return None

    def rbinop(self, space, op, w_other):
        if op == ops.MUL and space.has_index(w_other):
            n = repeat_count(space, w_other, WORD, len(self.items_w))
            return W_TupleObject(repeat_items(space, self.items_w, n))
        return None

    def length(self, space):
        return len(self.items_w)

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, count = w_key.indices(space, len(self.items_w))
            if count <= 0:
                return W_TupleObject([])
            return W_TupleObject(slice_items(self.items_w, start, step, count))
        if not space.has_index(w_key):
            raise oefmt(space, space.w_TypeError,
                        "tuple indices must be integers or slices, not %s", w_key.typename)
        i = normalize_index(space, space.index_w(w_key), len(self.items_w), "tuple")
        return self.items_w[i]

    def contains(self, space, w_item):
        return contains_item(space, self.items_w, w_item)

    def iter(self, space):
        from rpython_sandbox.objects.iterobject import W_TupleIterator
        return W_TupleIterator(self.items_w)

    def unpack(self, space):
        return self.items_w[:]


def _self(w_self):
    assert isinstance(w_self, W_TupleObject)
    return w_self.items_w


tuple_methods, tuplemethod = method_table()


@tuplemethod("count")
def tuple_count(space, w_self, args):
    args.check(space, "count", 1, 1)
    count = 0
    items_w = _self(w_self)
    for i in range(len(items_w)):
        space.check_interrupts_every(i)
        if space.eq_w(items_w[i], args.args_w[0]):
            count += 1
    return space.newint(count)


@tuplemethod("index")
def tuple_index(space, w_self, args):
    args.check(space, "index", 1, 3)
    items_w = _self(w_self)
    n = len(items_w)
    start = 0
    stop = n
    if len(args.args_w) > 1:
        start = space.clamped_index_w(args.args_w[1])
        if start < 0:
            start = max(0, start + n)
    if len(args.args_w) > 2:
        stop = space.clamped_index_w(args.args_w[2])
        if stop < 0:
            stop = max(0, stop + n)
    i = start
    while i < stop and i < n:
        space.check_interrupts_every(i)
        if space.eq_w(items_w[i], args.args_w[0]):
            return space.newint(i)
        i += 1
    raise oefmt(space, space.w_ValueError, "tuple.index(x): x not in tuple")


W_TupleObject.methods = tuple_methods

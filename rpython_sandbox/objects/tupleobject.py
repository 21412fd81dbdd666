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


class HashEpoch(object):
    """Bumped whenever a class's __hash__ is set or deleted: a tuple's cached
    hash (below) may then be stale, if it holds an instance of a tuple
    subclass whose hash was the tuple's."""
    _immutable_fields_ = ["epoch?"]

    def __init__(self):
        self.epoch = 0

    def bump(self):
        self.epoch += 1


hash_epoch = HashEpoch()
NO_EPOCH = -1


class W_TupleObject(W_Root):
    """A tuple remembers its hash once it has computed one from items whose
    hashes cannot change (numbers, str, bytes, None, classes, tuples that
    remembered theirs, namedtuple-like instances hashed as tuples): tuples
    of tuples as dict keys (states, coordinates) are hashed again and again,
    and the nested hashes are the cost.  CPython recomputes them; the
    results are the same."""
    _attrs_ = ["items_w", "hash_value", "hash_epoch"]
    _immutable_fields_ = ["items_w"]
    typename = "tuple"
    iterable = True

    def __init__(self, items_w):
        self.items_w = items_w
        self.hash_value = 0
        self.hash_epoch = NO_EPOCH     # hash_value is valid in this epoch

    def gettype(self, space):
        return space.w_tuple

    def is_true(self, space):
        return len(self.items_w) > 0

    def repr(self, space):
        if len(self.items_w) == 1:
            return u"(" + space.repr_u(self.items_w[0]) + u",)"
        return space.repr_sequence(self, u"(", self.items_w, u")")

    def hash(self, space):
        epoch = hash_epoch.epoch
        if self.hash_epoch == epoch:
            return self.hash_value
        # CPython's xxHash-based tuple hash (3.8+), on unsigned words
        acc = XXPRIME_5
        stable = True
        for w_item in self.items_w:
            lane = r_uint(space.hash_w(w_item))
            if stable:
                stable = _hash_is_stable(w_item, epoch)
            acc += lane * XXPRIME_2
            acc = (acc << 31) | (acc >> 33)
            acc *= XXPRIME_1
        acc += r_uint(len(self.items_w)) ^ (XXPRIME_5 ^ r_uint(3527539))
        if acc == r_uint(-1):
            h = 1546275796
        else:
            h = intmask(acc)
        if stable:
            self.hash_value = h
            self.hash_epoch = epoch
        return h

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


def _hash_is_stable(w_item, epoch):
    """Will hash(w_item) give the same value as long as the epoch lasts?
    (Called after hashing it, so a tuple item has remembered its hash.)"""
    from rpython_sandbox.objects.intobject import W_IntObject, W_BoolObject
    from rpython_sandbox.objects.strobject import W_StrObject
    from rpython_sandbox.objects.floatobject import W_FloatObject
    from rpython_sandbox.objects.longobject import W_LongObject
    from rpython_sandbox.objects.bytesobject import W_BytesObject
    from rpython_sandbox.objects.noneobject import W_NoneObject
    from rpython_sandbox.objects.typeobject import W_TypeObject
    from rpython_sandbox.objects.classobject import W_InstanceObject, W_SlotFunction
    if (type(w_item) is W_IntObject or type(w_item) is W_StrObject or
            type(w_item) is W_BoolObject or type(w_item) is W_FloatObject or
            type(w_item) is W_NoneObject or type(w_item) is W_LongObject or
            type(w_item) is W_BytesObject or type(w_item) is W_TypeObject):
        return True
    if type(w_item) is W_TupleObject:
        return w_item.hash_epoch == epoch
    if type(w_item) is W_InstanceObject:
        # an instance of a tuple subclass hashed as its tuple (namedtuple):
        # stable until some class's __hash__ changes (a new epoch)
        w_storage = w_item.w_storage
        if type(w_storage) is W_TupleObject and w_storage.hash_epoch == epoch:
            return isinstance(w_item.w_class.lookup("__hash__"), W_SlotFunction)
    return False

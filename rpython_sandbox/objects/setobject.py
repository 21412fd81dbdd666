"""set and frozenset: an insertion-ordered r_dict of guest values (each key
maps to itself), hashed and compared exactly like dict keys (dictobject's
storage), with CPython's methods, operators and messages.

Iteration order is the insertion order, not CPython's hash order: programs
that print a set of several items see a different order unless they sort.
"""

from rpython.rlib.rarithmetic import r_uint, intmask

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects import dictobject
from rpython_sandbox.objects.dictobject import new_storage
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.error import oefmt, OperationError
from rpython_sandbox import operators as ops


class W_BaseSet(W_Root):
    _attrs_ = ["data", "version"]
    iterable = True
    frozen = False

    def __init__(self):
        self.data = new_storage()
        self.version = 0

    def new_same(self):
        """An empty set of the same kind (set operators keep the left type)."""
        if self.frozen:
            return W_FrozensetObject()
        return W_SetObject()

    # --- the storage -----------------------------------------------------
    def add(self, space, w_key):
        n = len(self.data)
        if n >= dictobject.RESERVE_FROM and n & (n - 1) == 0:
            # as a dict's: ask the pool before the tables double (pool.py)
            space.check_allocation(n, 1, dictobject.GROWTH_PER_ENTRY)
        self.data[w_key] = w_key
        self.version += 1

    def has(self, w_key):
        return w_key in self.data

    def keys(self):
        return self.data.keys()

    def add_all(self, space, w_iterable):
        if isinstance(w_iterable, W_BaseSet):
            for w_k in w_iterable.keys():
                self.data[w_k] = w_k
            self.version += 1
            return
        items_w = space.unpack_iterable(w_iterable)
        for i in range(len(items_w)):
            space.check_interrupts_every(i)
            self.data[items_w[i]] = items_w[i]
        self.version += 1

    # --- protocol --------------------------------------------------------
    def is_true(self, space):
        return len(self.data) > 0

    def length(self, space):
        return len(self.data)

    def contains(self, space, w_item):
        return w_item in self.data

    def iter(self, space):
        return W_SetIterator(self)

    def unpack(self, space):
        return self.data.keys()

    def repr(self, space):
        name = self.typename.decode("ascii")
        if len(self.data) == 0:
            return name + u"()"
        if not space.enter_repr(self):
            return name + u"(...)"
        try:
            parts = [space.repr_u(w_k) for w_k in self.data.keys()]
        finally:
            space.leave_repr(self)
        inner = u"{" + u", ".join(parts) + u"}"
        if self.frozen:
            return name + u"(" + inner + u")"
        return inner

    def issubset_of(self, space, w_other):
        if len(self.data) > len(w_other.data):
            return False
        i = 0
        for w_k in self.data.keys():
            space.check_interrupts_every(i)
            i += 1
            if w_k not in w_other.data:
                return False
        return True

    def eq(self, space, w_other):
        if not isinstance(w_other, W_BaseSet):
            return None
        return space.newbool(len(self.data) == len(w_other.data)
                             and self.issubset_of(space, w_other))

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_BaseSet):
            return None
        n1 = len(self.data)
        n2 = len(w_other.data)
        if op == ops.LE:
            return space.newbool(self.issubset_of(space, w_other))
        if op == ops.LT:
            return space.newbool(n1 < n2 and self.issubset_of(space, w_other))
        if op == ops.GE:
            return space.newbool(w_other.issubset_of(space, self))
        if op == ops.GT:
            return space.newbool(n1 > n2 and w_other.issubset_of(space, self))
        return None

    # --- the algebra, shared by operators and methods ----------------------
    def union(self, space, w_other):
        w_res = self.new_same()
        w_res.add_all(space, self)
        w_res.add_all(space, w_other)
        return w_res

    def intersection(self, space, w_other):
        w_res = self.new_same()
        other = as_set(space, w_other)
        i = 0
        for w_k in self.data.keys():
            space.check_interrupts_every(i)
            i += 1
            if w_k in other.data:
                w_res.data[w_k] = w_k
        return w_res

    def difference(self, space, w_other):
        w_res = self.new_same()
        other = as_set(space, w_other)
        i = 0
        for w_k in self.data.keys():
            space.check_interrupts_every(i)
            i += 1
            if w_k not in other.data:
                w_res.data[w_k] = w_k
        return w_res

    def symmetric_difference(self, space, w_other):
        other = as_set(space, w_other)
        w_res = self.difference(space, other)
        i = 0
        for w_k in other.data.keys():
            space.check_interrupts_every(i)
            i += 1
            if w_k not in self.data:
                w_res.data[w_k] = w_k
        return w_res

    def replace_with(self, w_res):
        self.data = w_res.data
        self.version += 1

    def binop(self, space, op, w_other):
        if not isinstance(w_other, W_BaseSet):
            return None
        if op == ops.OR:
            return self.union(space, w_other)
        if op == ops.AND:
            return self.intersection(space, w_other)
        if op == ops.SUB:
            return self.difference(space, w_other)
        if op == ops.XOR:
            return self.symmetric_difference(space, w_other)
        return None


def as_set(space, w_iterable):
    """A set to test membership against (the argument itself if a set)."""
    if isinstance(w_iterable, W_BaseSet):
        return w_iterable
    w_set = W_SetObject()
    w_set.add_all(space, w_iterable)
    return w_set


class W_SetObject(W_BaseSet):
    _attrs_ = []
    typename = "set"

    def gettype(self, space):
        return space.w_set

    def inplace_op(self, space, op, w_other):
        if not isinstance(w_other, W_BaseSet):
            return None
        if op == ops.OR:
            self.add_all(space, w_other)
            return self
        if op == ops.AND:
            self.replace_with(self.intersection(space, w_other))
            return self
        if op == ops.SUB:
            self.replace_with(self.difference(space, w_other))
            return self
        if op == ops.XOR:
            self.replace_with(self.symmetric_difference(space, w_other))
            return self
        return None


class W_FrozensetObject(W_BaseSet):
    _attrs_ = []
    typename = "frozenset"
    frozen = True

    def gettype(self, space):
        return space.w_frozenset

    def hash(self, space):
        # CPython 3.11's frozenset_hash, so hash(frozenset(...)) agrees
        h = r_uint(0)
        for w_k in self.data.keys():
            h ^= _shuffle_bits(r_uint(space.hash_w(w_k)))
        h ^= (r_uint(len(self.data)) + r_uint(1)) * r_uint(1927868237)
        h ^= (h >> 11) ^ (h >> 25)
        h = h * r_uint(69069) + r_uint(907133923)
        result = intmask(h)
        if result == -1:
            result = 590923713
        return result


def _shuffle_bits(h):
    return ((h ^ r_uint(89869747)) ^ (h << 16)) * r_uint(3644798167)


class W_SetIterator(W_Root):
    _attrs_ = ["w_set", "keys_w", "index", "size"]
    typename = "set_iterator"
    iterable = True

    def __init__(self, w_set):
        self.w_set = w_set
        self.keys_w = w_set.data.keys()
        self.index = 0
        self.size = len(w_set.data)

    def gettype(self, space):
        from rpython_sandbox.objects.protocoltypes import protocol_type
        return protocol_type(space, self.typename)

    def iter(self, space):
        return self

    def next(self, space):
        if len(self.w_set.data) != self.size:
            self.size = -1      # stays broken, as in CPython
            raise oefmt(space, space.w_RuntimeError, "Set changed size during iteration")
        i = self.index
        if i >= len(self.keys_w):
            return None
        self.index = i + 1
        return self.keys_w[i]


# --- constructors -----------------------------------------------------------

def _construct(space, args, w_set, name):
    if len(args.kw_names) > 0:
        raise oefmt(space, space.w_TypeError, "%s() takes no keyword arguments", name)
    if len(args.args_w) > 1:
        raise oefmt(space, space.w_TypeError, "%s expected at most 1 argument, got %d",
                    name, len(args.args_w))
    if len(args.args_w) == 1:
        w_set.add_all(space, args.args_w[0])
    return w_set


def construct_set(space, w_type, args):
    return _construct(space, args, W_SetObject(), "set")


def construct_frozenset(space, w_type, args):
    if len(args.args_w) == 1 and type(args.args_w[0]) is W_FrozensetObject:
        if len(args.kw_names) == 0:
            return args.args_w[0]
    return _construct(space, args, W_FrozensetObject(), "frozenset")


# --- methods ----------------------------------------------------------------

def _self(w_self):
    assert isinstance(w_self, W_BaseSet)
    return w_self


def _mutable(w_self):
    assert isinstance(w_self, W_SetObject)
    return w_self


set_methods, setmethod = method_table()
frozenset_methods, frozensetmethod = method_table()


def both(name):
    def decorate(fn):
        setmethod(name)(fn)
        frozensetmethod(name)(fn)
        return fn
    return decorate


@setmethod("add")
def set_add(space, w_self, args):
    args.check(space, "add", 1, 1)
    _mutable(w_self).add(space, args.args_w[0])
    return space.w_None


@setmethod("discard")
def set_discard(space, w_self, args):
    args.check(space, "discard", 1, 1)
    w_set = _mutable(w_self)
    w_key = args.args_w[0]
    if w_key in w_set.data:
        del w_set.data[w_key]
        w_set.version += 1
    return space.w_None


@setmethod("remove")
def set_remove(space, w_self, args):
    args.check(space, "remove", 1, 1)
    w_set = _mutable(w_self)
    w_key = args.args_w[0]
    if w_key not in w_set.data:
        raise OperationError(space.new_exception(space.w_KeyError, [w_key]))
    del w_set.data[w_key]
    w_set.version += 1
    return space.w_None


@setmethod("pop")
def set_pop(space, w_self, args):
    args.check(space, "pop", 0, 0)
    w_set = _mutable(w_self)
    if len(w_set.data) == 0:
        raise oefmt(space, space.w_KeyError, "pop from an empty set")
    w_key, _ = w_set.data.popitem()
    w_set.version += 1
    return w_key


@setmethod("clear")
def set_clear(space, w_self, args):
    args.check(space, "clear", 0, 0)
    w_set = _mutable(w_self)
    w_set.data.clear()
    w_set.version += 1
    return space.w_None


@both("copy")
def set_copy(space, w_self, args):
    args.check(space, "copy", 0, 0)
    w_set = _self(w_self)
    if w_set.frozen:
        return w_set
    w_res = W_SetObject()
    w_res.add_all(space, w_set)
    return w_res


@setmethod("update")
def set_update(space, w_self, args):
    args.check(space, "update", 0, 1 << 30)
    w_set = _mutable(w_self)
    for w_other in args.args_w:
        w_set.add_all(space, w_other)
    return space.w_None


def _multi(name, combine):
    def method(space, w_self, args):
        args.check(space, name, 0, 1 << 30)
        w_set = _self(w_self)
        w_res = w_set.new_same()
        w_res.add_all(space, w_set)
        for w_other in args.args_w:
            w_res = combine(w_res, space, w_other)
        return w_res
    method.func_name = "set_" + name
    both(name)(method)

    def update(space, w_self, args):
        args.check(space, name + "_update", 0, 1 << 30)
        w_set = _mutable(w_self)
        w_res = w_set.new_same()
        w_res.add_all(space, w_set)
        for w_other in args.args_w:
            w_res = combine(w_res, space, w_other)
        w_set.replace_with(w_res)
        return space.w_None
    update.func_name = "set_" + name + "_update"
    if name != "union":
        setmethod(name + "_update")(update)


def _union(w_set, space, w_other):
    return w_set.union(space, w_other)


def _intersection(w_set, space, w_other):
    return w_set.intersection(space, w_other)


def _difference(w_set, space, w_other):
    return w_set.difference(space, w_other)


_multi("union", _union)
_multi("intersection", _intersection)
_multi("difference", _difference)


@both("symmetric_difference")
def set_symmetric_difference(space, w_self, args):
    args.check(space, "symmetric_difference", 1, 1)
    return _self(w_self).symmetric_difference(space, args.args_w[0])


@setmethod("symmetric_difference_update")
def set_symmetric_difference_update(space, w_self, args):
    args.check(space, "symmetric_difference_update", 1, 1)
    w_set = _mutable(w_self)
    w_set.replace_with(w_set.symmetric_difference(space, args.args_w[0]))
    return space.w_None


@both("issubset")
def set_issubset(space, w_self, args):
    args.check(space, "issubset", 1, 1)
    return space.newbool(_self(w_self).issubset_of(space, as_set(space, args.args_w[0])))


@both("issuperset")
def set_issuperset(space, w_self, args):
    args.check(space, "issuperset", 1, 1)
    return space.newbool(as_set(space, args.args_w[0]).issubset_of(space, _self(w_self)))


@both("isdisjoint")
def set_isdisjoint(space, w_self, args):
    args.check(space, "isdisjoint", 1, 1)
    w_set = _self(w_self)
    other = as_set(space, args.args_w[0])
    i = 0
    for w_k in w_set.keys():
        space.check_interrupts_every(i)
        i += 1
        if w_k in other.data:
            return space.w_False
    return space.w_True


W_SetObject.methods = set_methods
W_FrozensetObject.methods = frozenset_methods

"""list: a resizable RPython list of W_Root, and its methods."""

from rpython.rlib.listsort import make_timsort_class

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.objects.sequence import normalize_index, repeat_count, contains_item, repeat_items
from rpython_sandbox.objects.sliceobject import W_SliceObject
from rpython_sandbox.error import oefmt, OperationError
from rpython_sandbox import operators as ops

WORD = 8   # bytes per item slot, for the size check before big allocations


RESERVE_FROM = 1 << 14     # items; smaller lists grow by less than the pool notices


class W_ListObject(W_Root):
    _attrs_ = ["items_w"]
    typename = "list"
    iterable = True

    def __init__(self, items_w):
        self.items_w = items_w

    def gettype(self, space):
        return space.w_list

    def is_true(self, space):
        return len(self.items_w) > 0

    def repr(self, space):
        return space.repr_sequence(self, u"[", self.items_w, u"]")

    def eq(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            return None
        return space.newbool(space.sequences_equal(self.items_w, w_other.items_w))

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_ListObject):
            return None
        return space.newbool(space.sequences_compare(op, self.items_w, w_other.items_w))

    def binop(self, space, op, w_other):
        if op == ops.ADD and isinstance(w_other, W_ListObject):
            space.check_allocation(len(self.items_w) + len(w_other.items_w), 1, WORD)
            return W_ListObject(self.items_w + w_other.items_w)
        if op == ops.MUL and space.has_index(w_other):
            n = repeat_count(space, w_other, WORD, len(self.items_w))
            return W_ListObject(repeat_items(space, self.items_w, n))
        return None

    def rbinop(self, space, op, w_other):
        if op == ops.MUL and space.has_index(w_other):
            n = repeat_count(space, w_other, WORD, len(self.items_w))
            return W_ListObject(repeat_items(space, self.items_w, n))
        return None

    def inplace_op(self, space, op, w_other):
        if op == ops.ADD:
            self.extend(space, w_other)
            return self
        if op == ops.MUL and space.has_index(w_other):
            n = repeat_count(space, w_other, WORD, len(self.items_w))
            self.items_w = repeat_items(space, self.items_w, n)
            return self
        return None

    def length(self, space):
        return len(self.items_w)

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, count = w_key.indices(space, len(self.items_w))
            if step == 1:
                if count <= 0:
                    return W_ListObject([])
                assert start >= 0
                return W_ListObject(self.items_w[start:start + count])
            return W_ListObject(slice_items(self.items_w, start, step, count))
        if not space.has_index(w_key):
            raise oefmt(space, space.w_TypeError,
                        "list indices must be integers or slices, not %s", w_key.typename)
        i = normalize_index(space, space.index_w(w_key), len(self.items_w), "list")
        return self.items_w[i]

    def setitem(self, space, w_key, w_value):
        if isinstance(w_key, W_SliceObject):
            self.setslice(space, w_key, w_value)
            return
        i = normalize_index(space, space.index_w(w_key), len(self.items_w), "list assignment")
        self.items_w[i] = w_value

    def setslice(self, space, w_slice, w_value):
        start, stop, step, count = w_slice.indices(space, len(self.items_w))
        new_w = space.unpack_iterable(w_value)
        if step == 1:
            if stop < start:
                stop = start
            assert start >= 0 and stop >= 0
            self.items_w = self.items_w[:start] + new_w + self.items_w[stop:]
            return
        if len(new_w) != count:
            raise oefmt(space, space.w_ValueError,
                        "attempt to assign sequence of size %d to extended slice of size %d",
                        len(new_w), count)
        i = start
        for k in range(count):
            self.items_w[i] = new_w[k]
            i += step

    def delitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, count = w_key.indices(space, len(self.items_w))
            if count <= 0:
                return
            if step < 0:
                start = start + step * (count - 1)
                step = -step
            keep_w = []
            for i in range(len(self.items_w)):
                if i >= start and (i - start) % step == 0 and (i - start) // step < count:
                    continue
                keep_w.append(self.items_w[i])
            self.items_w = keep_w
            return
        i = normalize_index(space, space.index_w(w_key), len(self.items_w), "list assignment")
        del self.items_w[i]

    def contains(self, space, w_item):
        return contains_item(space, self.items_w, w_item)

    def iter(self, space):
        from rpython_sandbox.objects.iterobject import W_ListIterator
        return W_ListIterator(self)

    def unpack(self, space):
        return self.items_w[:]

    def extend(self, space, w_iterable):
        if isinstance(w_iterable, W_ListObject):
            new_w = w_iterable.items_w[:]
        else:
            new_w = space.unpack_iterable(w_iterable)
        space.check_allocation(len(self.items_w) + len(new_w), 1, WORD)
        self.items_w.extend(new_w)

    def append(self, space, w_item):
        n = len(self.items_w)
        if n >= RESERVE_FROM and n & (n - 1) == 0:
            # a big list reallocates its items as it grows (by 1/8 at a
            # time): ask the sandbox's pool once per doubling (pool.py)
            space.check_allocation(n, 1, WORD)
        self.items_w.append(w_item)


def slice_items(items_w, start, step, count):
    result_w = [None] * count
    i = start
    for k in range(count):
        result_w[k] = items_w[i]
        i += step
    return result_w


def _self(w_self):
    assert isinstance(w_self, W_ListObject)
    return w_self


list_methods, listmethod = method_table()


@listmethod("append")
def list_append(space, w_self, args):
    args.check(space, "append", 1, 1)
    _self(w_self).append(space, args.args_w[0])
    return space.w_None


@listmethod("extend")
def list_extend(space, w_self, args):
    args.check(space, "extend", 1, 1)
    _self(w_self).extend(space, args.args_w[0])
    return space.w_None


@listmethod("insert")
def list_insert(space, w_self, args):
    args.check(space, "insert", 2, 2)
    items_w = _self(w_self).items_w
    i = space.clamped_index_w(args.args_w[0])
    n = len(items_w)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    elif i > n:
        i = n
    items_w.insert(i, args.args_w[1])
    return space.w_None


@listmethod("pop")
def list_pop(space, w_self, args):
    args.check(space, "pop", 0, 1)
    items_w = _self(w_self).items_w
    if len(items_w) == 0:
        raise oefmt(space, space.w_IndexError, "pop from empty list")
    if len(args.args_w) == 0:
        return items_w.pop()
    i = space.index_w(args.args_w[0])
    i = normalize_index(space, i, len(items_w), "pop")
    return items_w.pop(i)


@listmethod("remove")
def list_remove(space, w_self, args):
    args.check(space, "remove", 1, 1)
    items_w = _self(w_self).items_w
    for i in range(len(items_w)):
        if space.eq_w(items_w[i], args.args_w[0]):
            del items_w[i]
            return space.w_None
    raise oefmt(space, space.w_ValueError, "list.remove(x): x not in list")


@listmethod("index")
def list_index(space, w_self, args):
    args.check(space, "index", 1, 3)
    items_w = _self(w_self).items_w
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
    while i < stop and i < len(items_w):
        space.check_interrupts_every(i)
        if space.eq_w(items_w[i], args.args_w[0]):
            return space.newint(i)
        i += 1
    raise oefmt(space, space.w_ValueError, "%s is not in list",
                space.repr_utf8(args.args_w[0]))


@listmethod("count")
def list_count(space, w_self, args):
    args.check(space, "count", 1, 1)
    count = 0
    items_w = _self(w_self).items_w
    i = 0
    while i < len(items_w):     # a comparison may change the list: re-read its length
        space.check_interrupts_every(i)
        if space.eq_w(items_w[i], args.args_w[0]):
            count += 1
        i += 1
    return space.newint(count)


@listmethod("reverse")
def list_reverse(space, w_self, args):
    args.check(space, "reverse", 0, 0)
    _self(w_self).items_w.reverse()
    return space.w_None


@listmethod("clear")
def list_clear(space, w_self, args):
    args.check(space, "clear", 0, 0)
    _self(w_self).items_w = []
    return space.w_None


@listmethod("copy")
def list_copy(space, w_self, args):
    args.check(space, "copy", 0, 0)
    return W_ListObject(_self(w_self).items_w[:])


@listmethod("sort")
def list_sort(space, w_self, args):
    args.check(space, "sort", 0, 0, allow_kw=True)
    w_key = args.keyword(space, "sort", "key", space.w_None, ["key", "reverse"])
    w_reverse = args.keyword(space, "sort", "reverse", space.w_False, ["key", "reverse"])
    sort_list(space, _self(w_self), w_key, space.is_true(w_reverse))
    return space.w_None


# --- sorting: CPython's timsort, comparing with the guest's '<' -------------

TimSort = make_timsort_class()


class KeyedItem(object):
    def __init__(self, w_key, w_item):
        self.w_key = w_key
        self.w_item = w_item


KeyedTimSort = make_timsort_class()


class GuestSort(TimSort):
    def lt(self, a, b):
        self.comparisons += 1
        self.space.check_interrupts_every(self.comparisons)
        return self.space.lt_w(a, b)


class GuestKeyedSort(KeyedTimSort):
    def lt(self, a, b):
        self.comparisons += 1
        self.space.check_interrupts_every(self.comparisons)
        return self.space.lt_w(a.w_key, b.w_key)


def sort_list(space, w_list, w_key, reverse):
    """Sort in place, stable, like list.sort; the list is emptied while it
    is sorted so a comparison that mutates it cannot corrupt the sort."""
    items_w = w_list.items_w
    w_list.items_w = []
    try:
        if reverse:
            items_w.reverse()   # reversing keeps equal items stable
        if space.is_none(w_key):
            sorter = GuestSort(items_w)
            sorter.space = space
            sorter.comparisons = 0
            sorter.sort()
        else:
            keyed = [KeyedItem(space.call_function(w_key, [w_x]), w_x) for w_x in items_w]
            ksorter = GuestKeyedSort(keyed)
            ksorter.space = space
            ksorter.comparisons = 0
            ksorter.sort()
            items_w = [k.w_item for k in keyed]
        if reverse:
            items_w.reverse()
    finally:
        modified = len(w_list.items_w) > 0
        w_list.items_w = items_w
    if modified:
        raise oefmt(space, space.w_ValueError, "list modified during sort")


W_ListObject.methods = list_methods

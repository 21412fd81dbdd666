"""range and its iterator: machine-int arithmetic only (a range whose bounds
do not fit a machine word is refused with OverflowError, as on CPython when
its length does not fit)."""

from rpython.rlib.rarithmetic import ovfcheck

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.sequence import normalize_index
from rpython_sandbox.objects.sliceobject import W_SliceObject
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.error import oefmt

range_methods, rangemethod = method_table()


def range_length(start, stop, step):
    if step > 0:
        if start >= stop:
            return 0
        return (stop - start - 1) // step + 1
    if start <= stop:
        return 0
    return (start - stop - 1) // (-step) + 1


class W_RangeObject(W_Root):
    _attrs_ = _immutable_fields_ = ["start", "stop", "step", "count"]
    typename = "range"
    iterable = True

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step
        self.count = range_length(start, stop, step)

    def gettype(self, space):
        return space.w_range

    def is_true(self, space):
        return self.count > 0

    def repr(self, space):
        if self.step == 1:
            return u"range(%d, %d)" % (self.start, self.stop)
        return u"range(%d, %d, %d)" % (self.start, self.stop, self.step)

    def length(self, space):
        return self.count

    def eq(self, space, w_other):
        if not isinstance(w_other, W_RangeObject):
            return None
        if self.count != w_other.count:
            return space.w_False
        if self.count == 0:
            return space.w_True
        if self.start != w_other.start:
            return space.w_False
        return space.newbool(self.count == 1 or self.step == w_other.step)

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, count = w_key.indices(space, self.count)
            new_start = self.start + start * self.step
            new_step = self.step * step
            return W_RangeObject(new_start, new_start + count * new_step, new_step)
        i = normalize_index(space, space.index_w(w_key), self.count, "range object")
        return space.newint(self.start + i * self.step)

    def contains(self, space, w_item):
        from rpython_sandbox.objects.intobject import W_IntObject
        if isinstance(w_item, W_IntObject):
            x = w_item.intval
            if self.step > 0:
                inside = self.start <= x < self.stop
            else:
                inside = self.stop < x <= self.start
            return inside and (x - self.start) % self.step == 0
        return W_Root.contains(self, space, w_item)

    def iter(self, space):
        return W_RangeIterator(self.start, self.step, self.count)

    def getattr(self, space, name):
        if name == "start":
            return space.newint(self.start)
        if name == "stop":
            return space.newint(self.stop)
        if name == "step":
            return space.newint(self.step)
        return W_Root.getattr(self, space, name)

    def position(self, space, w_item):
        """The index of w_item in the range, or -1 (ints by arithmetic,
        other values by comparing each item, as CPython)."""
        from rpython_sandbox.objects.intobject import W_IntObject
        if isinstance(w_item, W_IntObject):
            x = w_item.intval
            if self.step > 0:
                inside = self.start <= x < self.stop
            else:
                inside = self.stop < x <= self.start
            if inside and (x - self.start) % self.step == 0:
                return (x - self.start) // self.step
            return -1
        for i in range(self.count):
            space.check_interrupts_every(i)
            if space.eq_w(space.newint(self.start + i * self.step), w_item):
                return i
        return -1

    def unpack(self, space):
        space.check_allocation(self.count, 1, 8)
        items_w = [None] * self.count
        for i in range(self.count):
            space.check_interrupts_every(i)
            items_w[i] = space.newint(self.start + i * self.step)
        return items_w


def _range(w_self):
    assert isinstance(w_self, W_RangeObject)
    return w_self


@rangemethod("index")
def range_index(space, w_self, args):
    args.check(space, "index", 1, 1)
    i = _range(w_self).position(space, args.args_w[0])
    if i < 0:
        raise oefmt(space, space.w_ValueError, "%s is not in range",
                    space.repr_utf8(args.args_w[0]))
    return space.newint(i)


@rangemethod("count")
def range_count(space, w_self, args):
    args.check(space, "count", 1, 1)
    if _range(w_self).position(space, args.args_w[0]) < 0:
        return space.newint(0)
    return space.newint(1)


W_RangeObject.methods = range_methods


class W_RangeIterator(W_Root):
    _attrs_ = ["current", "step", "remaining"]
    typename = "range_iterator"
    iterable = True

    def gettype(self, space):
        from rpython_sandbox.objects.protocoltypes import protocol_type
        return protocol_type(space, self.typename)

    def __init__(self, start, step, length):
        self.current = start
        self.step = step
        self.remaining = length

    def iter(self, space):
        return self

    def next(self, space):
        if self.remaining <= 0:
            return None
        self.remaining -= 1
        value = self.current
        self.current = value + self.step
        return space.newint(value)

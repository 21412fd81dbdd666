"""slice objects, made by BUILD_SLICE, consumed by sequence indexing."""

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.sequence import slice_indices
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.error import oefmt


def _slice_index(space, w_index):
    if not space.has_index(w_index):
        raise oefmt(space, space.w_TypeError,
                    "slice indices must be integers or None or have an __index__ method")
    return space.clamped_index_w(w_index)


class W_SliceObject(W_Root):
    _attrs_ = _immutable_fields_ = ["w_start", "w_stop", "w_step"]
    typename = "slice"

    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def gettype(self, space):
        return space.w_slice

    def getattr(self, space, name):
        # what a user class's __getitem__ reads from the slice it is given
        if name == "start":
            return self.w_start
        if name == "stop":
            return self.w_stop
        if name == "step":
            return self.w_step
        return W_Root.getattr(self, space, name)

    def repr(self, space):
        return u"slice(%s, %s, %s)" % (space.repr_u(self.w_start), space.repr_u(self.w_stop),
                                       space.repr_u(self.w_step))

    # CPython 3.11 compares slices as (start, stop, step) tuples; they stay
    # unhashable (W_Root.hash) until 3.12
    def _tuple_items(self):
        return [self.w_start, self.w_stop, self.w_step]

    def eq(self, space, w_other):
        if not isinstance(w_other, W_SliceObject):
            return None
        return space.newbool(space.sequences_equal(self._tuple_items(), w_other._tuple_items()))

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_SliceObject):
            return None
        return space.newbool(space.sequences_compare(op, self._tuple_items(),
                                                     w_other._tuple_items()))

    def indices(self, space, length):
        """(start, stop, step, count) for a sequence of `length` items."""
        step = 1
        if not space.is_none(self.w_step):
            step = space.index_w(self.w_step)
            if step == 0:
                raise oefmt(space, space.w_ValueError, "slice step cannot be zero")
        has_start = not space.is_none(self.w_start)
        has_stop = not space.is_none(self.w_stop)
        start = stop = 0
        if has_start:
            start = _slice_index(space, self.w_start)
        if has_stop:
            stop = _slice_index(space, self.w_stop)
        return slice_indices(start, stop, step, length, has_start, has_stop)


slice_methods, slicemethod = method_table()


@slicemethod("indices")
def slice_indices_method(space, w_self, args):
    """slice.indices(length): (start, stop, step) adjusted to the length."""
    args.check(space, "indices", 1, 1)
    assert isinstance(w_self, W_SliceObject)
    length = space.index_w(args.args_w[0])
    if length < 0:
        raise oefmt(space, space.w_ValueError, "length should not be negative")
    start, stop, step, count = w_self.indices(space, length)
    return space.newtuple([space.newint(start), space.newint(stop), space.newint(step)])


W_SliceObject.methods = slice_methods

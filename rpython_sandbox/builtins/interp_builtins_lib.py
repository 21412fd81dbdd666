"""More builtin functions (format, bin, hex, oct, map, filter, the two-argument
iter), registered in interp_builtins.BUILTIN_FUNCTIONS like the others."""

from rpython_sandbox.error import oefmt, OperationError
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.longobject import to_rbigint
from rpython_sandbox.builtins.interp_builtins import builtin
from rpython_sandbox.objects import numbermethods    # noqa: F401 (installs the methods)
from rpython_sandbox.objects import bytesmethods     # noqa: F401 (installs the methods)


@builtin("format")
def builtin_format(space, args):
    from rpython_sandbox.objects.formatting import format_with_spec
    args.check(space, "format", 1, 2)
    spec = u""
    if len(args.args_w) == 2:
        w_spec = args.args_w[1]
        if not isinstance(w_spec, W_StrObject):
            raise oefmt(space, space.w_TypeError,
                        "format() argument 2 must be str, not %s", w_spec.typename)
        spec = w_spec.value
    return space.newtext(format_with_spec(space, args.args_w[0], spec))


def _int_text(space, args, name, digits, prefix):
    args.check(space, name, 1, 1)
    w_x = args.args_w[0]
    w_index = space.index_of(w_x)       # an int, or a user object's __index__
    num = None
    if w_index is not None:
        num = to_rbigint(w_index)
    if num is None:
        raise oefmt(space, space.w_TypeError,
                    "'%s' object cannot be interpreted as an integer", w_x.typename)
    space.charge_work(num.numdigits() + 1)
    return space.newtext(unicode(num.format(digits, prefix)))


@builtin("bin")
def builtin_bin(space, args):
    return _int_text(space, args, "bin", "01", "0b")


@builtin("oct")
def builtin_oct(space, args):
    return _int_text(space, args, "oct", "01234567", "0o")


@builtin("hex")
def builtin_hex(space, args):
    return _int_text(space, args, "hex", "0123456789abcdef", "0x")


class W_MapIterator(W_Root):
    _attrs_ = ["w_func", "iters_w"]
    typename = "map"
    iterable = True

    def gettype(self, space):
        from rpython_sandbox.objects.protocoltypes import protocol_type
        return protocol_type(space, self.typename)

    def __init__(self, w_func, iters_w):
        self.w_func = w_func
        self.iters_w = iters_w

    def iter(self, space):
        return self

    def repr(self, space):
        return u"<map object>"

    def next(self, space):
        args_w = [None] * len(self.iters_w)
        for i in range(len(self.iters_w)):
            w_item = space.next(self.iters_w[i])
            if w_item is None:
                return None
            args_w[i] = w_item
        return space.call_function(self.w_func, args_w)


class W_FilterIterator(W_Root):
    _attrs_ = ["w_func", "w_iter"]
    typename = "filter"
    iterable = True

    def gettype(self, space):
        from rpython_sandbox.objects.protocoltypes import protocol_type
        return protocol_type(space, self.typename)

    def __init__(self, w_func, w_iter):
        self.w_func = w_func
        self.w_iter = w_iter

    def iter(self, space):
        return self

    def repr(self, space):
        return u"<filter object>"

    def next(self, space):
        steps = 0
        while True:
            w_item = space.next(self.w_iter)
            if w_item is None:
                return None
            if self.w_func is None:
                w_test = w_item
            else:
                w_test = space.call_function(self.w_func, [w_item])
            if space.is_true(w_test):
                return w_item
            steps += 1
            space.check_interrupts_every(steps)


class W_CallableIterator(W_Root):
    """iter(callable, sentinel): call until the sentinel comes back."""
    _attrs_ = ["w_func", "w_sentinel", "done"]
    typename = "callable_iterator"
    iterable = True

    def gettype(self, space):
        from rpython_sandbox.objects.protocoltypes import protocol_type
        return protocol_type(space, self.typename)

    def __init__(self, w_func, w_sentinel):
        self.w_func = w_func
        self.w_sentinel = w_sentinel
        self.done = False

    def iter(self, space):
        return self

    def repr(self, space):
        return u"<callable_iterator object>"

    def next(self, space):
        if self.done:
            return None
        w_value = space.call_function(self.w_func, [])
        if space.eq_w(w_value, self.w_sentinel):
            self.done = True
            return None
        return w_value


@builtin("map")
def builtin_map(space, args):
    args.check(space, "map", 0, 65535)
    if len(args.args_w) < 2:
        raise oefmt(space, space.w_TypeError, "map() must have at least two arguments.")
    iters_w = [space.iter(args.args_w[i]) for i in range(1, len(args.args_w))]
    return W_MapIterator(args.args_w[0], iters_w)


@builtin("filter")
def builtin_filter(space, args):
    args.check(space, "filter", 2, 2)
    w_func = args.args_w[0]
    if space.is_none(w_func):
        w_func = None
    return W_FilterIterator(w_func, space.iter(args.args_w[1]))


class W_SeqReversedIterator(W_Root):
    """reversed() of a user sequence without __reversed__: seq[len - 1],
    ..., seq[0] (CPython's reversed object)."""
    _attrs_ = ["w_seq", "index"]
    typename = "reversed"
    iterable = True

    def gettype(self, space):
        from rpython_sandbox.objects.protocoltypes import protocol_type
        return protocol_type(space, self.typename)

    def __init__(self, w_seq, length):
        self.w_seq = w_seq
        self.index = length - 1

    def iter(self, space):
        return self

    def next(self, space):
        if self.index < 0 or self.w_seq is None:
            return None
        i = self.index
        self.index = i - 1
        try:
            return space.getitem(self.w_seq, space.newint(i))
        except OperationError as e:
            if e.w_exc.gettype(space).issubtype(space.w_IndexError) or \
                    e.w_exc.gettype(space).issubtype(space.w_StopIteration):
                self.w_seq = None
                return None
            raise

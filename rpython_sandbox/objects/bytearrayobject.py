"""bytearray: a mutable sequence of bytes (an RPython list of chars).

The mutating methods are written here; every other method of bytes is
borrowed: it runs on a bytes copy of the contents, and the bytes in its
result (`upper()`, the pieces of `split()`, ...) come back as bytearrays,
as CPython's bytearray methods return them."""

from rpython.rlib.rstring import StringBuilder

from rpython_sandbox.error import oefmt
from rpython_sandbox import operators as ops
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.bytesobject import W_BytesObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.listobject import W_ListObject
from rpython_sandbox.objects.tupleobject import W_TupleObject
from rpython_sandbox.objects.sliceobject import W_SliceObject
from rpython_sandbox.objects.functionobject import method_table, BuiltinMethod
from rpython_sandbox.objects.sequence import normalize_index, repeat_count


class _TypeHolder(object):
    w_type = None


_holder = _TypeHolder()


def bytearray_type(space):
    """The bytearray type, made once per process (like the other builtin
    types it is immutable and shared by every sandbox)."""
    if _holder.w_type is None:
        from rpython_sandbox.objects.typeobject import W_TypeObject
        _holder.w_type = W_TypeObject("bytearray", space.w_object, construct_bytearray)
    return _holder.w_type


def storage_size(n):
    return 104 + n + (n >> 3) + 8


class W_BytearrayObject(W_Root):
    _attrs_ = ["data"]
    typename = "bytearray"
    iterable = True

    def __init__(self, data):
        self.data = data            # a list of chars

    def bytes_value(self):
        return "".join(self.data)

    def gettype(self, space):
        return bytearray_type(space)

    def is_true(self, space):
        return len(self.data) > 0

    def repr(self, space):
        # as CPython's: like bytes, but a single quote is escaped even
        # inside double quotes
        from rpython_sandbox.objects.strobject import hex_escape
        value = self.bytes_value()
        quote = "'"
        if "'" in value and '"' not in value:
            quote = '"'
        b = StringBuilder(len(value) + 14)
        b.append("bytearray(b")
        b.append(quote)
        for ch in value:
            c = ord(ch)
            if ch == quote or ch == "\\" or ch == "'":
                b.append("\\")
                b.append(ch)
            elif ch == "\n":
                b.append("\\n")
            elif ch == "\r":
                b.append("\\r")
            elif ch == "\t":
                b.append("\\t")
            elif c < 0x20 or c >= 0x7f:
                b.append(hex_escape(c, "x", 2))
            else:
                b.append(ch)
        b.append(quote)
        b.append(")")
        return b.build().decode("ascii")

    def hash(self, space):
        raise oefmt(space, space.w_TypeError, "unhashable type: 'bytearray'")

    def eq(self, space, w_other):
        other = bytes_like(w_other)
        if other is None:
            return None
        return space.newbool(self.bytes_value() == other)

    def ne(self, space, w_other):
        other = bytes_like(w_other)
        if other is None:
            return None
        return space.newbool(self.bytes_value() != other)

    def compare(self, space, op, w_other):
        other = bytes_like(w_other)
        if other is None:
            return None
        return space.newbool(ops.ordered(op, self.bytes_value(), other))

    def binop(self, space, op, w_other):
        if op == ops.ADD:
            other = bytes_like(w_other)
            if other is None:
                raise oefmt(space, space.w_TypeError, "can't concat %s to bytearray",
                            space.type_name_of(w_other))
            space.check_allocation(len(self.data) + len(other), 1, 1)
            return W_BytearrayObject(self.data + [c for c in other])
        if op == ops.MUL and space.is_index(w_other):
            n = repeat_count(space, w_other, 1, len(self.data))
            return W_BytearrayObject(self.data * n)
        return None

    def rbinop(self, space, op, w_other):
        if op == ops.MUL and space.is_index(w_other):
            n = repeat_count(space, w_other, 1, len(self.data))
            return W_BytearrayObject(self.data * n)
        if op == ops.ADD and isinstance(w_other, W_BytesObject):
            return W_BytesObject(w_other.value + self.bytes_value())
        return None

    def inplace_op(self, space, op, w_other):
        if op == ops.ADD:
            other = bytes_like(w_other)
            if other is None:
                raise oefmt(space, space.w_TypeError, "can't concat %s to bytearray",
                            space.type_name_of(w_other))
            space.check_allocation(len(self.data) + len(other), 1, 1)
            for c in other:
                self.data.append(c)
            return self
        if op == ops.MUL and space.is_index(w_other):
            n = repeat_count(space, w_other, 1, len(self.data))
            self.data = self.data * n
            return self
        return None

    def length(self, space):
        return len(self.data)

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, count = w_key.indices(space, len(self.data))
            chars = []
            i = start
            for k in range(count):
                chars.append(self.data[i])
                i += step
            return W_BytearrayObject(chars)
        if not space.is_index(w_key):
            raise oefmt(space, space.w_TypeError,
                        "bytearray indices must be integers or slices, not %s",
                        space.type_name_of(w_key))
        i = normalize_index(space, space.index_w(w_key), len(self.data), "bytearray")
        return space.newint(ord(self.data[i]))

    def setitem(self, space, w_key, w_value):
        if isinstance(w_key, W_SliceObject):
            new = byte_items(space, w_value, True)
            start, stop, step, count = w_key.indices(space, len(self.data))
            if step == 1:
                if stop < start:
                    stop = start
                assert start >= 0
                assert stop >= 0
                self.data = self.data[:start] + new + self.data[stop:]
                return
            if len(new) != count:
                raise oefmt(space, space.w_ValueError,
                            "attempt to assign bytes of size %d to extended slice of size %d",
                            len(new), count)
            i = start
            for k in range(count):
                self.data[i] = new[k]
                i += step
            return
        if not space.is_index(w_key):
            raise oefmt(space, space.w_TypeError,
                        "bytearray indices must be integers or slices, not %s",
                        space.type_name_of(w_key))
        i = normalize_index(space, space.index_w(w_key), len(self.data), "bytearray")
        self.data[i] = byte_value(space, w_value)

    def delitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            n = len(self.data)
            start, stop, step, count = w_key.indices(space, n)
            if count <= 0:
                return
            if step < 0:
                start = start + step * (count - 1)
                step = -step
            keep = []
            for i in range(n):
                if i >= start and (i - start) % step == 0 and (i - start) // step < count:
                    continue
                keep.append(self.data[i])
            self.data = keep
            return
        i = normalize_index(space, space.index_w(w_key), len(self.data), "bytearray")
        del self.data[i]

    def contains(self, space, w_item):
        other = bytes_like(w_item)
        if other is not None:
            return self.bytes_value().find(other) >= 0
        c = byte_value(space, w_item)
        for ch in self.data:
            if ch == c:
                return True
        return False

    def iter(self, space):
        from rpython_sandbox.objects.iterobject import W_TupleIterator
        return W_TupleIterator(self.unpack(space))

    def unpack(self, space):
        items_w = [None] * len(self.data)
        for i in range(len(self.data)):
            space.check_interrupts_every(i)
            items_w[i] = space.newint(ord(self.data[i]))
        return items_w


def bytes_like(w_obj):
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.bytes_value()
    return None


def byte_value(space, w_value):
    if not space.is_index(w_value):
        raise oefmt(space, space.w_TypeError, "'%s' object cannot be interpreted as an integer",
                    space.type_name_of(w_value))
    c = space.index_w(w_value)
    if c < 0 or c > 255:
        raise oefmt(space, space.w_ValueError, "byte must be in range(0, 256)")
    return chr(c)


def byte_items(space, w_value, for_slice):
    """The bytes of a bytes-like object or an iterable of ints, as chars."""
    other = bytes_like(w_value)
    if other is not None:
        return [c for c in other]
    if isinstance(w_value, W_StrObject):
        if for_slice:
            raise oefmt(space, space.w_TypeError,
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        raise oefmt(space, space.w_TypeError, "string argument without an encoding")
    if space.is_index(w_value) and for_slice:
        raise oefmt(space, space.w_TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    items_w = space.unpack_iterable(w_value)
    chars = [chr(0)] * len(items_w)
    for i in range(len(items_w)):
        chars[i] = byte_value(space, items_w[i])
    return chars


def construct_bytearray(space, w_type, args):
    n = len(args.args_w) + len(args.kw_names)
    if n > 3:
        raise oefmt(space, space.w_TypeError,
                    "bytearray() takes at most 3 arguments (%d given)", n)
    w_source = args.keyword(space, "bytearray", "source", None, ["source", "encoding", "errors"])
    w_encoding = args.keyword(space, "bytearray", "encoding", None,
                              ["source", "encoding", "errors"])
    w_errors = args.keyword(space, "bytearray", "errors", None, ["source", "encoding", "errors"])
    if len(args.args_w) > 0:
        w_source = args.args_w[0]
    if len(args.args_w) > 1:
        w_encoding = args.args_w[1]
    if len(args.args_w) > 2:
        w_errors = args.args_w[2]
    if w_source is None:
        if w_encoding is not None or w_errors is not None:
            raise oefmt(space, space.w_TypeError, "encoding or errors without sequence argument")
        return W_BytearrayObject([])
    if isinstance(w_source, W_StrObject):
        if w_encoding is None:
            raise oefmt(space, space.w_TypeError, "string argument without an encoding")
        enc_args = [w_encoding]
        if w_errors is not None:
            enc_args.append(w_errors)
        w_bytes = space.call_function(space.getattr(w_source, "encode"), enc_args)
        assert isinstance(w_bytes, W_BytesObject)
        return W_BytearrayObject([c for c in w_bytes.value])
    if w_encoding is not None:
        raise oefmt(space, space.w_TypeError, "encoding without a string argument")
    if w_errors is not None:
        raise oefmt(space, space.w_TypeError, "errors without a string argument")
    if space.is_index(w_source):
        count = space.index_w(w_source)
        if count < 0:
            raise oefmt(space, space.w_ValueError, "negative count")
        space.check_allocation(count, 1, 1)
        return W_BytearrayObject(["\x00"] * count)
    return W_BytearrayObject(byte_items(space, w_source, False))


# --- methods ---------------------------------------------------------------------------

bytearray_methods, bytearraymethod = method_table()


def _me(w_self):
    assert isinstance(w_self, W_BytearrayObject)
    return w_self


@bytearraymethod("append")
def bytearray_append(space, w_self, args):
    args.check(space, "append", 1, 1)
    _me(w_self).data.append(byte_value(space, args.args_w[0]))
    return space.w_None


@bytearraymethod("extend")
def bytearray_extend(space, w_self, args):
    args.check(space, "extend", 1, 1)
    w_x = args.args_w[0]
    if isinstance(w_x, W_StrObject):
        raise oefmt(space, space.w_TypeError, "'str' object cannot be interpreted as an integer")
    if not w_x.iterable:
        raise oefmt(space, space.w_TypeError, "can't extend bytearray with %s",
                    space.type_name_of(w_x))
    new = byte_items(space, w_x, False)
    me = _me(w_self)
    space.check_allocation(len(me.data) + len(new), 1, 1)
    me.data.extend(new)
    return space.w_None


@bytearraymethod("insert")
def bytearray_insert(space, w_self, args):
    args.check(space, "insert", 2, 2)
    me = _me(w_self)
    i = space.index_w(args.args_w[0])
    c = byte_value(space, args.args_w[1])
    n = len(me.data)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    me.data.insert(i, c)
    return space.w_None


@bytearraymethod("pop")
def bytearray_pop(space, w_self, args):
    args.check(space, "pop", 0, 1)
    me = _me(w_self)
    n = len(me.data)
    if n == 0:
        raise oefmt(space, space.w_IndexError, "pop from empty bytearray")
    i = -1
    if len(args.args_w) == 1:
        i = space.index_w(args.args_w[0])
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise oefmt(space, space.w_IndexError, "pop index out of range")
    c = me.data[i]
    del me.data[i]
    return space.newint(ord(c))


@bytearraymethod("remove")
def bytearray_remove(space, w_self, args):
    args.check(space, "remove", 1, 1)
    me = _me(w_self)
    c = byte_value(space, args.args_w[0])
    for i in range(len(me.data)):
        if me.data[i] == c:
            del me.data[i]
            return space.w_None
    raise oefmt(space, space.w_ValueError, "value not found in bytearray")


@bytearraymethod("clear")
def bytearray_clear(space, w_self, args):
    args.check(space, "clear", 0, 0)
    _me(w_self).data = []
    return space.w_None


@bytearraymethod("copy")
def bytearray_copy(space, w_self, args):
    args.check(space, "copy", 0, 0)
    return W_BytearrayObject(_me(w_self).data[:])


@bytearraymethod("reverse")
def bytearray_reverse(space, w_self, args):
    args.check(space, "reverse", 0, 0)
    _me(w_self).data.reverse()
    return space.w_None


def as_bytearrays(space, w_result):
    """The result of a borrowed bytes method, with its bytes made bytearrays."""
    if isinstance(w_result, W_BytesObject):
        return W_BytearrayObject([c for c in w_result.value])
    if isinstance(w_result, W_ListObject):
        return W_ListObject([as_bytearrays(space, w_x) for w_x in w_result.items_w])
    if isinstance(w_result, W_TupleObject):
        return W_TupleObject([as_bytearrays(space, w_x) for w_x in w_result.items_w])
    return w_result


def _borrow(name, method):
    keeps_bytes = name in ("decode", "hex")

    def borrowed(space, w_self, args):
        me = _me(w_self)
        w_bytes = W_BytesObject(me.bytes_value())
        # bytearray arguments are read as bytes
        args_w = [w_x for w_x in args.args_w]
        for i in range(len(args_w)):
            w_x = args_w[i]
            if isinstance(w_x, W_BytearrayObject):
                args_w[i] = W_BytesObject(w_x.bytes_value())
        from rpython_sandbox.objects.functionobject import Arguments
        w_res = method.fn(space, w_bytes, Arguments(args_w, args.kw_names, args.kw_values_w))
        if keeps_bytes:
            return w_res
        return as_bytearrays(space, w_res)
    borrowed.func_name = "bytearray_" + name
    return BuiltinMethod(name, borrowed)


def install_borrowed():
    from rpython_sandbox.objects.bytesmethods import bytes_methods
    for name, method in bytes_methods.items():
        if name not in bytearray_methods:
            bytearray_methods[name] = _borrow(name, method)


install_borrowed()
W_BytearrayObject.methods = bytearray_methods

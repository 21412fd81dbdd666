"""bytes: immutable byte strings (values the host passes in and out)."""

from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.strobject import hex_escape
from rpython_sandbox.objects.textbuffer import BytesBuffer
from rpython_sandbox.objects.sequence import normalize_index, repeat_count, repeat_string
from rpython_sandbox.objects.sliceobject import W_SliceObject
from rpython_sandbox import operators as ops


class W_BytesObject(W_Root):
    _attrs_ = _immutable_fields_ = ["value"]
    typename = "bytes"
    iterable = True

    def __init__(self, value):
        assert isinstance(value, str)
        self.value = value

    def gettype(self, space):
        return space.w_bytes

    def is_true(self, space):
        return len(self.value) > 0

    def repr(self, space):
        quote = "'"
        if "'" in self.value and '"' not in self.value:
            quote = '"'
        b = StringBuilder(len(self.value) + 3)
        b.append("b")
        b.append(quote)
        for ch in self.value:
            c = ord(ch)
            if ch == quote or ch == "\\":
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
        return b.build().decode("ascii")

    def hash(self, space):
        return compute_hash(self.value)

    def eq(self, space, w_other):
        if isinstance(w_other, W_BytesObject):
            return space.newbool(self.value == w_other.value)
        return None

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_BytesObject):
            return None
        return space.newbool(ops.ordered(op, self.value, w_other.value))

    def binop(self, space, op, w_other):
        if op == ops.ADD and isinstance(w_other, W_BytesObject):
            return W_BytesObject(self.value + w_other.value)
        if op == ops.MUL and space.has_index(w_other):
            return W_BytesObject(repeat_string(space, self.value, repeat_count(space, w_other, 1, len(self.value)), BytesBuffer))
        if op == ops.MOD:
            from rpython_sandbox.objects.formatting import format_percent_bytes
            return W_BytesObject(format_percent_bytes(space, self.value, w_other))
        return None

    def rbinop(self, space, op, w_other):
        if op == ops.MUL and space.has_index(w_other):
            return W_BytesObject(repeat_string(space, self.value, repeat_count(space, w_other, 1, len(self.value)), BytesBuffer))
        return None

    def length(self, space):
        return len(self.value)

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, count = w_key.indices(space, len(self.value))
            b = StringBuilder(max(count, 0))
            i = start
            for k in range(count):
                b.append(self.value[i])
                i += step
            return W_BytesObject(b.build())
        i = normalize_index(space, space.index_w(w_key), len(self.value), "index")
        return space.newint(ord(self.value[i]))

    def contains(self, space, w_item):
        if isinstance(w_item, W_BytesObject):
            return self.value.find(w_item.value) >= 0
        c = space.index_w(w_item)
        return 0 <= c < 256 and self.value.find(chr(c)) >= 0

    def iter(self, space):
        from rpython_sandbox.objects.iterobject import W_TupleIterator
        items_w = [None] * len(self.value)
        for i in range(len(self.value)):
            space.check_interrupts_every(i)
            items_w[i] = space.newint(ord(self.value[i]))
        return W_TupleIterator(items_w)

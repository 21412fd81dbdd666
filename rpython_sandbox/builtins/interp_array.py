"""The sandbox's `array` module: array.array with unboxed storage, as
CPython 3.11's (typecodes b B u h H i I l L q Q f d, their sizes, range
checks and messages, repr, bytes layout in little-endian order).

Two storage classes: W_FloatArray keeps an RPython list of floats ('d',
and 'f' rounded to single precision on store), W_IntArray a list of
machine ints (the integer codes, and 'u' as code points; 'L' and 'Q'
values past 2**63 are kept as their 64-bit pattern).  Indexing and
storing are short loop-free methods, so the JIT compiles a[i] on an
array('d') to a bounds check and a float load.

There is no buffer_info() (it would tell the guest an address), no
fromfile()/tofile() (there are no files)."""

from rpython.rlib import jit
from rpython.rlib.objectmodel import import_from_mixin
from rpython.rlib.rarithmetic import r_uint, intmask, r_singlefloat, r_ulonglong
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstruct.ieee import float_pack, float_unpack
from rpython.rlib.rstring import StringBuilder, UnicodeBuilder

from rpython_sandbox.error import oefmt, OperationError
from rpython_sandbox import operators as ops
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.typeobject import W_TypeObject
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.objects.intobject import W_IntObject
from rpython_sandbox.objects.longobject import W_LongObject
from rpython_sandbox.objects.floatobject import W_FloatObject, float_repr
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.bytesobject import W_BytesObject
from rpython_sandbox.objects.listobject import W_ListObject
from rpython_sandbox.objects.sliceobject import W_SliceObject
from rpython_sandbox.objects.sequence import normalize_index, repeat_count

TYPECODES = "bBuhHiIlLqQfd"
ITEMSIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
             "q": 8, "Q": 8, "f": 4, "d": 8}
WORD = 8


def storage_size(n):
    """What an array of n items takes (pool.py): the box and the list of
    unboxed items (over-allocated as lists are)."""
    return 104 + WORD * (n + (n >> 3) + 3)


class W_ArrayObject(W_Root):
    _attrs_ = ["typecode", "itemsize", "w_type"]
    _immutable_fields_ = ["typecode", "itemsize", "w_type"]
    typename = "array.array"
    iterable = True

    def gettype(self, space):
        return self.w_type

    # the storage's own operations (subclasses) ----------------------------------------
    def len(self):
        raise NotImplementedError

    def item_w(self, space, i):
        raise NotImplementedError

    def store(self, space, i, w_value):
        raise NotImplementedError

    def append_w(self, space, w_value):
        raise NotImplementedError

    def new_like(self):
        raise NotImplementedError

    def copy_range(self, start, step, count):
        raise NotImplementedError

    def extend_array(self, space, w_other):
        raise NotImplementedError

    def replace_range(self, start, stop, w_other):
        raise NotImplementedError

    def delete_at(self, i):
        raise NotImplementedError

    def keep_where(self, keep):
        raise NotImplementedError

    def insert_w(self, space, i, w_value):
        raise NotImplementedError

    def reverse_items(self):
        raise NotImplementedError

    def truncate(self, n):
        raise NotImplementedError

    def repeat(self, space, n):
        raise NotImplementedError

    def item_bits(self, i):
        """The item as an unsigned integer of itemsize bytes."""
        raise NotImplementedError

    def append_bits(self, bits):
        raise NotImplementedError

    # guest-visible behaviour ------------------------------------------------------------
    def is_true(self, space):
        return self.len() > 0

    def repr(self, space):
        tc = unicode(self.typecode)
        n = self.len()
        if n == 0:
            return u"array('%s')" % tc
        if self.typecode == "u":
            return u"array('u', %s)" % space.repr_u(space.newtext(self.to_unicode(space)))
        parts = []
        for i in range(n):
            space.check_interrupts_every(i)
            parts.append(space.repr_u(self.item_w(space, i)))
        return u"array('%s', [%s])" % (tc, u", ".join(parts))

    def length(self, space):
        return self.len()

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, count = w_key.indices(space, self.len())
            if count <= 0:
                return self.new_like()
            return self.copy_range(start, step, count)
        if not space.is_index(w_key):
            raise oefmt(space, space.w_TypeError, "array indices must be integers")
        i = normalize_index(space, space.index_w(w_key), self.len(), "array")
        return self.item_w(space, i)

    def setitem(self, space, w_key, w_value):
        if isinstance(w_key, W_SliceObject):
            self.setslice(space, w_key, w_value)
            return
        if not space.is_index(w_key):
            raise oefmt(space, space.w_TypeError, "array indices must be integers")
        i = normalize_index(space, space.index_w(w_key), self.len(), "array assignment")
        self.store(space, i, w_value)

    def setslice(self, space, w_slice, w_value):
        if not isinstance(w_value, W_ArrayObject):
            raise oefmt(space, space.w_TypeError,
                        "can only assign array (not \"%s\") to array slice",
                        space.type_name_of(w_value))
        if w_value.typecode != self.typecode:
            raise oefmt(space, space.w_TypeError, "bad argument type for built-in operation")
        start, stop, step, count = w_slice.indices(space, self.len())
        if w_value is self:
            w_value = self.copy_range(0, 1, self.len())
        if step == 1:
            if stop < start:
                stop = start
            space.check_allocation(self.len() + w_value.len(), 1, self.itemsize)
            self.replace_range(start, stop, w_value)
            return
        n = w_value.len()
        if n != count:
            raise oefmt(space, space.w_ValueError,
                        "attempt to assign array of size %d to extended slice of size %d",
                        n, count)
        i = start
        for k in range(count):
            self.store(space, i, w_value.item_w(space, k))
            i += step

    def delitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            n = self.len()
            start, stop, step, count = w_key.indices(space, n)
            if count <= 0:
                return
            if step < 0:
                start = start + step * (count - 1)
                step = -step
            keep = [True] * n
            for k in range(count):
                keep[start + k * step] = False
            self.keep_where(keep)
            return
        if not space.is_index(w_key):
            raise oefmt(space, space.w_TypeError, "array indices must be integers")
        i = normalize_index(space, space.index_w(w_key), self.len(), "array assignment")
        self.delete_at(i)

    def contains(self, space, w_item):
        for i in range(self.len()):
            space.check_interrupts_every(i)
            if space.eq_w(self.item_w(space, i), w_item):
                return True
        return False

    def iter(self, space):
        return W_ArrayIterator(self)

    def unpack(self, space):
        n = self.len()
        items_w = [None] * n
        for i in range(n):
            space.check_interrupts_every(i)
            items_w[i] = self.item_w(space, i)
        return items_w

    def eq(self, space, w_other):
        if not isinstance(w_other, W_ArrayObject):
            return None
        return space.newbool(self.compare_items(space, ops.EQ, w_other))

    def ne(self, space, w_other):
        if not isinstance(w_other, W_ArrayObject):
            return None
        return space.newbool(not self.compare_items(space, ops.EQ, w_other))

    def compare(self, space, op, w_other):
        if not isinstance(w_other, W_ArrayObject):
            return None
        return space.newbool(self.compare_items(space, op, w_other))

    def compare_items(self, space, op, w_other):
        n = self.len()
        m = w_other.len()
        if op == ops.EQ and n != m:
            return False
        for i in range(min(n, m)):
            space.check_interrupts_every(i)
            w_a = self.item_w(space, i)
            w_b = w_other.item_w(space, i)
            if not space.eq_w(w_a, w_b):
                if op == ops.EQ:
                    return False
                return space.is_true(space.compare(op, w_a, w_b))
        return ops.ordered(op, n, m)

    def binop(self, space, op, w_other):
        if op == ops.ADD:
            if not isinstance(w_other, W_ArrayObject):
                raise oefmt(space, space.w_TypeError,
                            "can only append array (not \"%s\") to array",
                            space.type_name_of(w_other))
            if w_other.typecode != self.typecode:
                raise oefmt(space, space.w_TypeError, "bad argument type for built-in operation")
            space.check_allocation(self.len() + w_other.len(), 1, self.itemsize)
            w_new = self.copy_range(0, 1, self.len())
            w_new.extend_array(space, w_other)
            return w_new
        if op == ops.MUL:
            if space.is_index(w_other):
                return self.repeat(space, repeat_count(space, w_other, self.itemsize, self.len()))
            if not w_other.gettype(space).is_user:
                raise oefmt(space, space.w_TypeError,
                            "can't multiply sequence by non-int of type '%s'",
                            space.type_name_of(w_other))
        return None

    def rbinop(self, space, op, w_other):
        if op == ops.MUL and space.is_index(w_other):
            return self.repeat(space, repeat_count(space, w_other, self.itemsize, self.len()))
        return None

    def inplace_op(self, space, op, w_other):
        if op == ops.ADD:
            if not isinstance(w_other, W_ArrayObject):
                raise oefmt(space, space.w_TypeError,
                            "can only extend array with array (not \"%s\")",
                            space.type_name_of(w_other))
            self.extend_from_array(space, w_other)
            return self
        if op == ops.MUL and space.is_index(w_other):
            w_new = self.repeat(space, repeat_count(space, w_other, self.itemsize, self.len()))
            self.truncate(0)
            self.extend_array(space, w_new)
            return self
        return None

    def getattr(self, space, name):
        if name == "typecode":
            return space.newtext(unicode(self.typecode))
        if name == "itemsize":
            return space.newint(self.itemsize)
        return space.lookup_method(self, name)

    # helpers of the methods -------------------------------------------------------------
    def extend_from_array(self, space, w_other):
        if w_other.typecode != self.typecode:
            raise oefmt(space, space.w_TypeError, "can only extend with array of same kind")
        space.check_allocation(self.len() + w_other.len(), 1, self.itemsize)
        if w_other is self:
            w_other = self.copy_range(0, 1, self.len())
        self.extend_array(space, w_other)

    def extend_w(self, space, w_iterable):
        if isinstance(w_iterable, W_ArrayObject):
            self.extend_from_array(space, w_iterable)
            return
        w_iter = space.iter(w_iterable)
        i = 0
        while True:
            w_item = space.next(w_iter)
            if w_item is None:
                break
            i += 1
            self.grow_check(space)
            self.append_w(space, w_item)

    def grow_check(self, space):
        n = self.len()
        if n >= 4096 and n & (n - 1) == 0:
            space.check_allocation(n, 1, WORD)

    def to_unicode(self, space):
        b = UnicodeBuilder(self.len())
        for i in range(self.len()):
            w_c = self.item_w(space, i)
            assert isinstance(w_c, W_StrObject)
            b.append(w_c.value)
        return b.build()

    def to_bytes(self, space):
        n = self.len()
        size = self.itemsize
        space.check_allocation(n, size, 1)
        b = StringBuilder(n * size)
        for i in range(n):
            space.check_interrupts_every(i)
            bits = self.item_bits(i)
            for k in range(size):
                b.append(chr(intmask((bits >> (8 * k)) & r_ulonglong(0xff))))
        return b.build()

    def from_bytes(self, space, data):
        size = self.itemsize
        if len(data) % size != 0:
            raise oefmt(space, space.w_ValueError, "bytes length not a multiple of item size")
        count = len(data) // size
        space.check_allocation(self.len() + count, 1, WORD)
        for i in range(count):
            space.check_interrupts_every(i)
            bits = r_ulonglong(0)
            for k in range(size - 1, -1, -1):
                bits = (bits << 8) | r_ulonglong(ord(data[i * size + k]))
            self.append_bits(bits)


class TypedItems(object):
    """The storage methods both array kinds share, word for word.
    import_from_mixin copies them into each class, so the annotator sees
    `items` as a list of floats in one and of ints in the other (a common
    base class would merge the two and box every item)."""

    def __init__(self, w_type, typecode, items):
        self.w_type = w_type
        self.typecode = typecode
        self.itemsize = ITEMSIZES[typecode]
        self.items = items

    def len(self):
        return len(self.items)

    def store(self, space, i, w_value):
        self.items[i] = self.conv(space, w_value)

    def append_w(self, space, w_value):
        self.items.append(self.conv(space, w_value))

    def new_like(self):
        return self.with_items(self.items[:0])

    def copy_range(self, start, step, count):
        if step == 1:
            assert start >= 0
            assert count >= 0
            return self.with_items(self.items[start:start + count])
        items = self.items[:0]
        for k in range(count):
            items.append(self.items[start + k * step])
        return self.with_items(items)

    def extend_array(self, space, w_other):
        self.items.extend(self.items_of(w_other))

    def replace_range(self, start, stop, w_other):
        assert start >= 0
        assert stop >= 0
        self.items = self.items[:start] + self.items_of(w_other) + self.items[stop:]

    def delete_at(self, i):
        del self.items[i]

    def keep_where(self, keep):
        items = self.items[:0]
        for i in range(len(self.items)):
            if keep[i]:
                items.append(self.items[i])
        self.items = items

    def insert_w(self, space, i, w_value):
        self.items.insert(i, self.conv(space, w_value))

    def reverse_items(self):
        self.items.reverse()

    def truncate(self, n):
        assert n >= 0
        del self.items[n:]

    def repeat(self, space, n):
        space.check_allocation(len(self.items), n, WORD)
        return self.with_items(self.items * n)


class W_FloatArray(W_ArrayObject):
    _attrs_ = ["items"]
    import_from_mixin(TypedItems)

    def with_items(self, items):
        return W_FloatArray(self.w_type, self.typecode, items)

    def items_of(self, w_other):
        assert isinstance(w_other, W_FloatArray)
        return w_other.items

    def conv(self, space, w_value):
        x = space.float_w(w_value)
        if self.typecode == "f":
            x = float(r_singlefloat(x))
        return x

    def item_w(self, space, i):
        return space.newfloat(self.items[i])

    def item_bits(self, i):
        return float_pack(self.items[i], self.itemsize)

    def append_bits(self, bits):
        self.items.append(float_unpack(bits, self.itemsize))


class W_IntArray(W_ArrayObject):
    _attrs_ = ["items"]
    import_from_mixin(TypedItems)

    def with_items(self, items):
        return W_IntArray(self.w_type, self.typecode, items)

    def items_of(self, w_other):
        assert isinstance(w_other, W_IntArray)
        return w_other.items

    def conv(self, space, w_value):
        return int_item(space, self.typecode, w_value)

    def item_w(self, space, i):
        v = self.items[i]
        tc = self.typecode
        if tc == "u":
            if v < 0 or v > 0x10ffff:
                raise oefmt(space, space.w_ValueError, "chr() arg not in range(0x110000)")
            return space.newtext(unichr(v))
        if v < 0 and (tc == "Q" or tc == "L"):
            return space.newlong(rbigint.fromrarith_int(r_uint(v)))
        return space.newint(v)

    def item_bits(self, i):
        v = r_ulonglong(self.items[i])
        if self.itemsize < 8:
            v &= (r_ulonglong(1) << (8 * self.itemsize)) - 1
        return v

    def append_bits(self, bits):
        size = self.itemsize
        v = intmask(bits)
        if size < 8 and self.typecode in "bhil":
            shift = 64 - 8 * size
            v = intmask(v << shift) >> shift      # sign-extend
        self.items.append(v)


def int_item(space, tc, w_value):
    """An item for an integer typecode, with CPython's checks and messages."""
    if tc == "u":
        if not isinstance(w_value, W_StrObject) or len(w_value.value) != 1:
            raise oefmt(space, space.w_TypeError, "array item must be unicode character")
        return ord(w_value.value[0])
    if isinstance(w_value, W_IntObject):
        return check_range(space, tc, w_value.intval)
    if isinstance(w_value, W_LongObject):
        num = w_value.num
        if tc == "q":
            raise oefmt(space, space.w_OverflowError, "int too big to convert")
        if tc == "Q":
            if num.sign < 0:
                raise oefmt(space, space.w_OverflowError, "can't convert negative int to unsigned")
            try:
                return intmask(num.toulonglong())
            except OverflowError:
                raise oefmt(space, space.w_OverflowError, "int too big to convert")
        if tc == "I" or tc == "L":
            if num.sign < 0:
                raise oefmt(space, space.w_OverflowError,
                            "can't convert negative value to unsigned int")
            try:
                v = intmask(num.toulonglong())
            except OverflowError:
                raise oefmt(space, space.w_OverflowError,
                            "Python int too large to convert to C unsigned long")
            if tc == "I":
                raise oefmt(space, space.w_OverflowError, "unsigned int is greater than maximum")
            return v
        raise oefmt(space, space.w_OverflowError, "Python int too large to convert to C long")
    raise oefmt(space, space.w_TypeError, "'%s' object cannot be interpreted as an integer",
                space.type_name_of(w_value))


def check_range(space, tc, v):
    if tc == "l" or tc == "q":
        return v
    if tc == "b":
        if v > 32767:
            raise _ovf(space, "signed short integer is greater than maximum")
        if v < -32768:
            raise _ovf(space, "signed short integer is less than minimum")
        if v > 127:
            raise _ovf(space, "signed char is greater than maximum")
        if v < -128:
            raise _ovf(space, "signed char is less than minimum")
    elif tc == "B":
        if v < 0:
            raise _ovf(space, "unsigned byte integer is less than minimum")
        if v > 255:
            raise _ovf(space, "unsigned byte integer is greater than maximum")
    elif tc == "h":
        if v > 32767:
            raise _ovf(space, "signed short integer is greater than maximum")
        if v < -32768:
            raise _ovf(space, "signed short integer is less than minimum")
    elif tc == "H":
        if v > 2147483647:
            raise _ovf(space, "signed integer is greater than maximum")
        if v < -2147483648:
            raise _ovf(space, "signed integer is less than minimum")
        if v < 0:
            raise _ovf(space, "unsigned short is less than minimum")
        if v > 65535:
            raise _ovf(space, "unsigned short is greater than maximum")
    elif tc == "i":
        if v > 2147483647:
            raise _ovf(space, "signed integer is greater than maximum")
        if v < -2147483648:
            raise _ovf(space, "signed integer is less than minimum")
    elif tc == "I":
        if v < 0:
            raise _ovf(space, "can't convert negative value to unsigned int")
        if v > 4294967295:
            raise _ovf(space, "unsigned int is greater than maximum")
    elif tc == "L":
        if v < 0:
            raise _ovf(space, "can't convert negative value to unsigned int")
    elif tc == "Q":
        if v < 0:
            raise _ovf(space, "can't convert negative int to unsigned")
    return v


def _ovf(space, msg):
    return OperationError(space.new_exception(space.w_OverflowError, [space.newtext_utf8(msg)]))


class W_ArrayIterator(W_Root):
    _attrs_ = ["w_array", "index"]
    typename = "arrayiterator"

    def gettype(self, space):
        from rpython_sandbox.objects.protocoltypes import protocol_type
        return protocol_type(space, self.typename)

    def __init__(self, w_array):
        self.w_array = w_array
        self.index = 0

    def iter(self, space):
        return self

    def next(self, space):
        w_array = self.w_array
        if w_array is None:
            return None
        i = self.index
        if i >= w_array.len():
            self.w_array = None
            return None
        self.index = i + 1
        return w_array.item_w(space, i)


# --- construction -------------------------------------------------------------------------

def new_array(w_type, typecode):
    if typecode == "f" or typecode == "d":
        return W_FloatArray(w_type, typecode, [])
    return W_IntArray(w_type, typecode, [])


def construct_array(space, w_type, args):
    if len(args.kw_names) > 0:
        raise oefmt(space, space.w_TypeError, "array.array() takes no keyword arguments")
    n = len(args.args_w)
    if n < 1:
        raise oefmt(space, space.w_TypeError, "array() takes at least 1 argument (0 given)")
    if n > 2:
        raise oefmt(space, space.w_TypeError, "array() takes at most 2 arguments (%d given)", n)
    w_tc = args.args_w[0]
    if not isinstance(w_tc, W_StrObject) or len(w_tc.value) != 1:
        raise oefmt(space, space.w_TypeError,
                    "array() argument 1 must be a unicode character, not %s",
                    space.type_name_of(w_tc))
    c = w_tc.value[0]
    tc = ""
    for t in TYPECODES:
        if ord(t) == ord(c):
            tc = t
    if tc == "":
        raise oefmt(space, space.w_ValueError,
                    "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
    w_array = new_array(w_type, tc)
    if n == 2:
        w_init = args.args_w[1]
        if isinstance(w_init, W_StrObject):
            if tc != "u":
                raise oefmt(space, space.w_TypeError,
                            "cannot use a str to initialize an array with typecode '%s'", tc)
            from_unicode(space, w_array, w_init.value)
        elif isinstance(w_init, W_BytesObject):
            w_array.from_bytes(space, w_init.value)
        elif isinstance(w_init, W_ArrayObject):
            if (w_init.typecode == "u") != (tc == "u"):
                if tc == "u":
                    raise oefmt(space, space.w_TypeError, "array item must be unicode character")
                raise oefmt(space, space.w_TypeError,
                            "cannot use a unicode array to initialize an array with typecode '%s'",
                            tc)
            if w_init.typecode == tc:
                w_array.extend_array(space, w_init)
            else:
                for i in range(w_init.len()):
                    space.check_interrupts_every(i)
                    w_array.append_w(space, w_init.item_w(space, i))
        elif isinstance(w_init, W_ListObject):
            items_w = w_init.items_w
            space.check_allocation(len(items_w), 1, WORD)
            for i in range(len(items_w)):
                space.check_interrupts_every(i)
                w_array.append_w(space, items_w[i])
        else:
            w_array.extend_w(space, w_init)
    return w_array


def from_unicode(space, w_array, s):
    space.check_allocation(w_array.len() + len(s), 1, WORD)
    assert isinstance(w_array, W_IntArray)
    for i in range(len(s)):
        space.check_interrupts_every(i)
        w_array.items.append(ord(s[i]))


# --- methods --------------------------------------------------------------------------------

array_methods, arraymethod = method_table()


def _me(w_self):
    assert isinstance(w_self, W_ArrayObject)
    return w_self


def _one_arg(space, args, name):
    if len(args.kw_names) > 0:
        raise oefmt(space, space.w_TypeError, "array.%s() takes no keyword arguments", name)
    if len(args.args_w) != 1:
        raise oefmt(space, space.w_TypeError,
                    "array.%s() takes exactly one argument (%d given)", name, len(args.args_w))
    return args.args_w[0]


def _no_args(space, args, name):
    if len(args.kw_names) > 0:
        raise oefmt(space, space.w_TypeError, "array.%s() takes no keyword arguments", name)
    if len(args.args_w) != 0:
        raise oefmt(space, space.w_TypeError,
                    "array.%s() takes no arguments (%d given)", name, len(args.args_w))


@arraymethod("append")
def array_append(space, w_self, args):
    w_x = _one_arg(space, args, "append")
    me = _me(w_self)
    me.grow_check(space)
    me.append_w(space, w_x)
    return space.w_None


@arraymethod("extend")
def array_extend(space, w_self, args):
    _me(w_self).extend_w(space, _one_arg(space, args, "extend"))
    return space.w_None


@arraymethod("fromlist")
def array_fromlist(space, w_self, args):
    w_list = _one_arg(space, args, "fromlist")
    me = _me(w_self)
    if not isinstance(w_list, W_ListObject):
        raise oefmt(space, space.w_TypeError, "arg must be list")
    old = me.len()
    items_w = w_list.items_w
    space.check_allocation(old + len(items_w), 1, WORD)
    try:
        for i in range(len(items_w)):
            space.check_interrupts_every(i)
            me.append_w(space, items_w[i])
    except OperationError:
        me.truncate(old)
        raise
    return space.w_None


@arraymethod("insert")
def array_insert(space, w_self, args):
    args.check(space, "insert", 2, 2)
    me = _me(w_self)
    i = space.index_w(args.args_w[0])
    n = me.len()
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    me.grow_check(space)
    me.insert_w(space, i, args.args_w[1])
    return space.w_None


@arraymethod("pop")
def array_pop(space, w_self, args):
    args.check(space, "pop", 0, 1)
    me = _me(w_self)
    i = -1
    if len(args.args_w) == 1:
        i = space.index_w(args.args_w[0])
    n = me.len()
    if n == 0:
        raise oefmt(space, space.w_IndexError, "pop from empty array")
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise oefmt(space, space.w_IndexError, "pop index out of range")
    w_x = me.item_w(space, i)
    me.delete_at(i)
    return w_x


def _find(space, me, w_x, start, stop):
    n = me.len()
    if start < 0:
        start += n
        if start < 0:
            start = 0
    if stop < 0:
        stop += n
        if stop < 0:
            stop = 0
    if stop > n:
        stop = n
    i = start
    while i < stop:
        space.check_interrupts_every(i)
        if space.eq_w(me.item_w(space, i), w_x):
            return i
        i += 1
    return -1


@arraymethod("index")
def array_index(space, w_self, args):
    args.check(space, "index", 1, 3)
    me = _me(w_self)
    start = 0
    stop = me.len()
    if len(args.args_w) > 1:
        start = space.clamped_index_w(args.args_w[1])
    if len(args.args_w) > 2:
        stop = space.clamped_index_w(args.args_w[2])
    i = _find(space, me, args.args_w[0], start, stop)
    if i < 0:
        raise oefmt(space, space.w_ValueError, "array.index(x): x not in array")
    return space.newint(i)


@arraymethod("remove")
def array_remove(space, w_self, args):
    w_x = _one_arg(space, args, "remove")
    me = _me(w_self)
    i = _find(space, me, w_x, 0, me.len())
    if i < 0:
        raise oefmt(space, space.w_ValueError, "array.remove(x): x not in array")
    me.delete_at(i)
    return space.w_None


@arraymethod("count")
def array_count(space, w_self, args):
    w_x = _one_arg(space, args, "count")
    me = _me(w_self)
    n = 0
    for i in range(me.len()):
        space.check_interrupts_every(i)
        if space.eq_w(me.item_w(space, i), w_x):
            n += 1
    return space.newint(n)


@arraymethod("reverse")
def array_reverse(space, w_self, args):
    _no_args(space, args, "reverse")
    _me(w_self).reverse_items()
    return space.w_None


@arraymethod("tolist")
def array_tolist(space, w_self, args):
    _no_args(space, args, "tolist")
    me = _me(w_self)
    space.check_allocation(me.len(), 1, WORD)
    return space.newlist(me.unpack(space))


@arraymethod("tobytes")
def array_tobytes(space, w_self, args):
    _no_args(space, args, "tobytes")
    return space.newbytes(_me(w_self).to_bytes(space))


@arraymethod("frombytes")
def array_frombytes(space, w_self, args):
    w_b = _one_arg(space, args, "frombytes")
    if not isinstance(w_b, W_BytesObject):
        raise oefmt(space, space.w_TypeError, "a bytes-like object is required, not '%s'",
                    space.type_name_of(w_b))
    _me(w_self).from_bytes(space, w_b.value)
    return space.w_None


@arraymethod("byteswap")
def array_byteswap(space, w_self, args):
    _no_args(space, args, "byteswap")
    me = _me(w_self)
    if me.itemsize == 1:
        return space.w_None
    data = me.to_bytes(space)
    size = me.itemsize
    chars = [c for c in data]
    for i in range(0, len(chars), size):
        space.check_interrupts_every(i // size)
        lo = i
        hi = i + size - 1
        while lo < hi:
            c = chars[lo]
            chars[lo] = chars[hi]
            chars[hi] = c
            lo += 1
            hi -= 1
    me.truncate(0)
    me.from_bytes(space, "".join(chars))
    return space.w_None


@arraymethod("tounicode")
def array_tounicode(space, w_self, args):
    _no_args(space, args, "tounicode")
    me = _me(w_self)
    if me.typecode != "u":
        raise oefmt(space, space.w_ValueError,
                    "tounicode() may only be called on unicode type arrays")
    return space.newtext(me.to_unicode(space))


@arraymethod("fromunicode")
def array_fromunicode(space, w_self, args):
    w_s = _one_arg(space, args, "fromunicode")
    me = _me(w_self)
    if not isinstance(w_s, W_StrObject):
        raise oefmt(space, space.w_TypeError, "fromunicode() argument must be str, not %s",
                    space.type_name_of(w_s))
    if me.typecode != "u":
        raise oefmt(space, space.w_ValueError,
                    "fromunicode() may only be called on unicode type arrays")
    from_unicode(space, me, w_s.value)
    return space.w_None


W_ArrayObject.methods = array_methods


def make_module(space):
    w_mod = W_ModuleObject("array")
    w_type = W_TypeObject("array", space.w_object, construct_array, module="array")
    w_mod.setvalue("array", w_type)
    w_mod.setvalue("ArrayType", w_type)
    w_mod.setvalue("typecodes", space.newtext(unicode(TYPECODES)))
    return w_mod

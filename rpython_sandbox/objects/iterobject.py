"""Iterators over the builtin containers, plus enumerate and zip.
next() returns None when exhausted: FOR_ITER needs no exception for the
common end of a loop."""

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.error import oefmt


class W_AbstractIterator(W_Root):
    _attrs_ = []
    typename = "iterator"
    iterable = True

    def gettype(self, space):
        from rpython_sandbox.objects.protocoltypes import protocol_type
        return protocol_type(space, self.type_name())

    def type_name(self):
        return self.typename

    def iter(self, space):
        return self


class W_ListIterator(W_AbstractIterator):
    """Reads the list live, as CPython's does (appending while iterating
    is seen)."""
    _attrs_ = ["w_list", "index"]
    typename = "list_iterator"

    def __init__(self, w_list):
        self.w_list = w_list
        self.index = 0

    def next(self, space):
        items_w = self.w_list.items_w
        i = self.index
        if i >= len(items_w):
            return None
        self.index = i + 1
        return items_w[i]


class W_TupleIterator(W_AbstractIterator):
    _attrs_ = ["items_w", "index"]
    typename = "tuple_iterator"

    def __init__(self, items_w):
        self.items_w = items_w
        self.index = 0

    def next(self, space):
        i = self.index
        if i >= len(self.items_w):
            return None
        self.index = i + 1
        return self.items_w[i]


class W_StrIterator(W_AbstractIterator):
    _attrs_ = ["value", "index"]
    typename = "str_iterator"

    def __init__(self, value):
        self.value = value
        self.index = 0

    def type_name(self):
        for ch in self.value:
            if ord(ch) >= 128:
                return "str_iterator"
        return "str_ascii_iterator"     # CPython 3.11's name for ASCII strings

    def next(self, space):
        i = self.index
        if i >= len(self.value):
            return None
        self.index = i + 1
        return space.newtext(self.value[i])


class W_DictIterator(W_AbstractIterator):
    """Iterates over a snapshot of the items, taken when iteration starts.
    While the dict is unchanged (its version) the snapshot is the truth;
    after a change, values are looked up again and deleted keys skipped;
    a change of size is CPython's RuntimeError."""
    _attrs_ = ["w_dict", "kind", "items", "index", "size", "version"]
    typename = "dict_keyiterator"

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind
        self.items = w_dict.data.items()
        self.index = 0
        self.size = len(self.items)
        self.version = w_dict.version

    def type_name(self):
        from rpython_sandbox.objects.dictobject import KIND_KEYS, KIND_VALUES
        if self.kind == KIND_KEYS:
            return "dict_keyiterator"
        if self.kind == KIND_VALUES:
            return "dict_valueiterator"
        return "dict_itemiterator"

    def next(self, space):
        from rpython_sandbox.objects.dictobject import KIND_KEYS, KIND_VALUES
        w_dict = self.w_dict
        if len(w_dict.data) != self.size:
            self.size = -1
            raise oefmt(space, space.w_RuntimeError, "dictionary changed size during iteration")
        while True:
            i = self.index
            if i >= len(self.items):
                return None
            self.index = i + 1
            w_key, w_value = self.items[i]
            if w_dict.version != self.version:
                w_value = w_dict.data.get(w_key, None)
                if w_value is None:
                    continue    # deleted and re-added keys keep the size
            if self.kind == KIND_KEYS:
                return w_key
            if self.kind == KIND_VALUES:
                return w_value
            return space.newtuple([w_key, w_value])


class W_EnumerateIterator(W_AbstractIterator):
    _attrs_ = ["w_iter", "w_index"]
    typename = "enumerate"

    def __init__(self, w_iter, w_start):
        self.w_iter = w_iter
        self.w_index = w_start

    def gettype(self, space):
        return space.w_enumerate

    def next(self, space):
        w_item = self.w_iter.next(space)
        if w_item is None:
            return None
        w_index = self.w_index
        self.w_index = space.add(w_index, space.newint(1))
        return space.newtuple([w_index, w_item])


class W_ZipIterator(W_AbstractIterator):
    _attrs_ = ["iters_w", "strict"]
    typename = "zip"

    def __init__(self, iters_w, strict):
        self.iters_w = iters_w
        self.strict = strict    # zip(..., strict=True): unequal lengths are an error

    def gettype(self, space):
        return space.w_zip

    def next(self, space):
        if len(self.iters_w) == 0:
            return None
        items_w = [None] * len(self.iters_w)
        for i in range(len(self.iters_w)):
            w_item = self.iters_w[i].next(space)
            if w_item is None:
                if self.strict:
                    self.check_all_ended(space, i)
                return None
            items_w[i] = w_item
        return space.newtuple(items_w)

    def check_all_ended(self, space, ended):
        """CPython's messages for zip(strict=True) with unequal lengths."""
        if ended > 0:
            raise oefmt(space, space.w_ValueError,
                        "zip() argument %d is shorter than argument%s%s", ended + 1,
                        "s 1-" if ended > 1 else " ", str(ended))
        for i in range(1, len(self.iters_w)):
            if self.iters_w[i].next(space) is not None:
                raise oefmt(space, space.w_ValueError,
                            "zip() argument %d is longer than argument%s%s", i + 1,
                            "s 1-" if i > 1 else " ", str(i))


class W_ReversedIterator(W_AbstractIterator):
    _attrs_ = ["items_w", "index"]
    typename = "reversed"

    def __init__(self, items_w):
        self.items_w = items_w
        self.index = len(items_w) - 1

    def next(self, space):
        i = self.index
        if i < 0:
            return None
        self.index = i - 1
        return self.items_w[i]

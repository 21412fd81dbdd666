"""dict: an insertion-ordered r_dict keyed by guest values, its views and
its methods.  Keys are compared with the guest's == and hashed with the
guest's hash (numbers of different types that compare equal hash alike)."""

from rpython.rlib.objectmodel import r_dict, compute_hash

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.intobject import W_IntObject
from rpython_sandbox.objects.tupleobject import W_TupleObject
from rpython_sandbox.objects.identityobject import W_IdentityKey
from rpython_sandbox.objects.functionobject import method_table
from rpython_sandbox.objects.typeattrs import type_function
from rpython_sandbox.error import oefmt, OperationError



class _SpaceHolder(object):
    """r_dict's key functions take only the keys; they find the space here
    (set once by space.py)."""
    space = None


holder = _SpaceHolder()


def _key_eq(w_a, w_b):
    # str and int keys are most dicts' keys: compare them without the
    # general protocol
    if type(w_a) is W_StrObject and type(w_b) is W_StrObject:
        return w_a.value == w_b.value
    if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
        return w_a.intval == w_b.intval
    if type(w_a) is W_IdentityKey and type(w_b) is W_IdentityKey:
        return w_a.w_obj is w_b.w_obj      # deepcopy's memo
    if type(w_a) is W_TupleObject and type(w_b) is W_TupleObject:
        items_a = w_a.items_w
        items_b = w_b.items_w
        if len(items_a) != len(items_b):
            return False
        for i in range(len(items_a)):
            if items_a[i] is not items_b[i] and not _key_eq(items_a[i], items_b[i]):
                return False
        return True
    return holder.space.eq_w(w_a, w_b)


def _key_hash(w_a):
    if type(w_a) is W_StrObject:
        return compute_hash(w_a.value)
    return holder.space.hash_w(w_a)


def new_storage():
    return r_dict(_key_eq, _key_hash)


RESERVE_FROM = 1 << 12     # entries; smaller dicts grow by less than the pool notices
GROWTH_PER_ENTRY = 64      # bytes a doubling dict allocates per entry it holds


class W_DictObject(W_Root):
    _attrs_ = ["data", "version"]
    typename = "dict"
    iterable = True

    def __init__(self):
        self.data = new_storage()
        self.version = 0    # bumped by every change: iterators trust their snapshot until then

    def gettype(self, space):
        return space.w_dict

    def is_true(self, space):
        return len(self.data) > 0

    def repr(self, space):
        if len(self.data) == 0:
            return u"{}"
        if not space.enter_repr(self):
            return u"{...}"
        try:
            parts = []
            for w_k, w_v in self.data.items():
                parts.append(space.repr_u(w_k) + u": " + space.repr_u(w_v))
        finally:
            space.leave_repr(self)
        return u"{" + u", ".join(parts) + u"}"

    def eq(self, space, w_other):
        if not isinstance(w_other, W_DictObject):
            return None
        if len(self.data) != len(w_other.data):
            return space.w_False
        for w_k, w_v in self.data.items():
            w_v2 = w_other.data.get(w_k, None)
            if w_v2 is None or not space.eq_w(w_v, w_v2):
                return space.w_False
        return space.w_True

    def binop(self, space, op, w_other):
        from rpython_sandbox import operators as ops
        if op == ops.OR and isinstance(w_other, W_DictObject):
            w_new = self.copy()
            w_new.update_from(space, w_other)
            return w_new
        return None

    def length(self, space):
        return len(self.data)

    def getitem(self, space, w_key):
        w_value = self.data.get(w_key, None)
        if w_value is None:
            raise OperationError(space.new_exception(space.w_KeyError, [w_key]))
        return w_value

    def setitem(self, space, w_key, w_value):
        n = len(self.data)
        if n >= RESERVE_FROM and n & (n - 1) == 0:
            # a big dict grows its tables in one step that can be tens of
            # MB: ask the sandbox's pool before it happens (pool.py)
            space.check_allocation(n, 1, GROWTH_PER_ENTRY)
        self.data[w_key] = w_value
        self.version += 1

    def delitem(self, space, w_key):
        try:
            del self.data[w_key]
            self.version += 1
        except KeyError:
            raise OperationError(space.new_exception(space.w_KeyError, [w_key]))

    def contains(self, space, w_item):
        return w_item in self.data

    def iter(self, space):
        from rpython_sandbox.objects.iterobject import W_DictIterator
        return W_DictIterator(self, KIND_KEYS)

    def unpack(self, space):
        return self.data.keys()

    def copy(self):
        w_new = W_DictObject()
        for w_k, w_v in self.data.items():
            w_new.data[w_k] = w_v
        return w_new

    def update_from(self, space, w_other):
        """dict.update(other): a dict, a mapping (keys() and __getitem__),
        or an iterable of key/value pairs."""
        if isinstance(w_other, W_DictObject):
            for w_k, w_v in w_other.data.items():
                self.setitem(space, w_k, w_v)
            return
        if mapping_keys(space, w_other, self):
            return
        pairs_w = space.unpack_iterable(w_other)
        for i in range(len(pairs_w)):
            w_pair = pairs_w[i]
            if not w_pair.iterable:
                raise oefmt(space, space.w_TypeError,
                            "cannot convert dictionary update sequence element #%d to a sequence", i)
            items_w = space.unpack_iterable(w_pair)
            if len(items_w) != 2:
                raise oefmt(space, space.w_ValueError,
                            "dictionary update sequence element #%d has length %d; 2 is required",
                            i, len(items_w))
            self.setitem(space, items_w[0], items_w[1])


KIND_KEYS = 0
KIND_VALUES = 1
KIND_ITEMS = 2
VIEW_NAMES = ["dict_keys", "dict_values", "dict_items"]


class W_DictView(W_Root):
    """dict.keys(), .values(), .items(): live views of one dict."""
    _attrs_ = _immutable_fields_ = ["w_dict", "kind"]
    typename = "dict_view"
    iterable = True

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind

    def gettype(self, space):
        from rpython_sandbox.objects.protocoltypes import protocol_type
        return protocol_type(space, VIEW_NAMES[self.kind])

    def repr(self, space):
        items_w = self.unpack(space)
        inner = space.repr_sequence(self, u"[", items_w, u"]")
        return VIEW_NAMES[self.kind].decode("ascii") + u"(" + inner + u")"

    def length(self, space):
        return len(self.w_dict.data)

    def iter(self, space):
        from rpython_sandbox.objects.iterobject import W_DictIterator
        return W_DictIterator(self.w_dict, self.kind)

    def contains(self, space, w_item):
        if self.kind == KIND_KEYS:
            return w_item in self.w_dict.data
        return W_Root.contains(self, space, w_item)

    # keys and items views are set-like: &, |, -, ^ and the comparisons
    # with sets and other views (values views are not)
    def to_set(self, space):
        from rpython_sandbox.objects.setobject import W_SetObject
        w_set = W_SetObject()
        w_set.add_all(space, self)
        return w_set

    def _other_set(self, space, w_other):
        """w_other as a set for the operators, or None (NotImplemented)."""
        from rpython_sandbox.objects.setobject import W_BaseSet, as_set
        if self.kind == KIND_VALUES:
            return None
        if isinstance(w_other, W_BaseSet):
            return w_other
        if isinstance(w_other, W_DictView):
            if w_other.kind == KIND_VALUES:
                return None
            return w_other.to_set(space)
        if not w_other.iterable and not w_other.gettype(space).is_user:
            return None
        return as_set(space, w_other)

    def binop(self, space, op, w_other):
        w_set = self._other_set(space, w_other)
        if w_set is None:
            return None
        return self.to_set(space).binop(space, op, w_set)

    def rbinop(self, space, op, w_other):
        w_set = self._other_set(space, w_other)
        if w_set is None:
            return None
        from rpython_sandbox.objects.setobject import W_SetObject
        w_left = W_SetObject()
        w_left.add_all(space, w_set)
        return w_left.binop(space, op, self.to_set(space))

    def compare(self, space, op, w_other):
        from rpython_sandbox.objects.setobject import W_BaseSet
        if self.kind == KIND_VALUES:
            return None
        if isinstance(w_other, W_BaseSet) or (isinstance(w_other, W_DictView)
                                              and w_other.kind != KIND_VALUES):
            w_set = self._other_set(space, w_other)
            return self.to_set(space).compare(space, op, w_set)
        return None

    def eq(self, space, w_other):
        from rpython_sandbox.objects.setobject import W_BaseSet
        if isinstance(w_other, W_BaseSet) and self.kind != KIND_VALUES:
            return self.to_set(space).eq(space, w_other)
        if isinstance(w_other, W_DictView) and self.kind == KIND_ITEMS \
                and w_other.kind == KIND_ITEMS:
            return self.to_set(space).eq(space, w_other.to_set(space))
        if isinstance(w_other, W_DictView) and self.kind == KIND_KEYS and w_other.kind == KIND_KEYS:
            a = self.w_dict.data
            b = w_other.w_dict.data
            if len(a) != len(b):
                return space.w_False
            for w_k in a.keys():
                if w_k not in b:
                    return space.w_False
            return space.w_True
        return None


def _self(w_self):
    assert isinstance(w_self, W_DictObject)
    return w_self


dict_methods, dictmethod = method_table()


def _view_method(name, kind):
    def view(space, w_self, args):
        args.check(space, name, 0, 0)
        return W_DictView(_self(w_self), kind)
    view.func_name = "dict_" + name
    dictmethod(name)(view)


_view_method("keys", KIND_KEYS)
_view_method("values", KIND_VALUES)
_view_method("items", KIND_ITEMS)


@dictmethod("get")
def dict_get(space, w_self, args):
    args.check(space, "get", 1, 2)
    w_default = space.w_None
    if len(args.args_w) == 2:
        w_default = args.args_w[1]
    return _self(w_self).data.get(args.args_w[0], w_default)


@dictmethod("setdefault")
def dict_setdefault(space, w_self, args):
    args.check(space, "setdefault", 1, 2)
    w_dict = _self(w_self)
    w_key = args.args_w[0]
    w_value = w_dict.data.get(w_key, None)
    if w_value is None:
        w_value = space.w_None
        if len(args.args_w) == 2:
            w_value = args.args_w[1]
        w_dict.setitem(space, w_key, w_value)
    return w_value


@dictmethod("pop")
def dict_pop(space, w_self, args):
    args.check(space, "pop", 1, 2)
    w_dict = _self(w_self)
    w_key = args.args_w[0]
    w_value = w_dict.data.get(w_key, None)
    if w_value is None:
        if len(args.args_w) == 2:
            return args.args_w[1]
        raise OperationError(space.new_exception(space.w_KeyError, [w_key]))
    del w_dict.data[w_key]
    w_dict.version += 1
    return w_value


@dictmethod("popitem")
def dict_popitem(space, w_self, args):
    args.check(space, "popitem", 0, 0)
    w_dict = _self(w_self)
    if len(w_dict.data) == 0:
        raise oefmt(space, space.w_KeyError, "popitem(): dictionary is empty")
    w_key, w_value = w_dict.data.popitem()
    w_dict.version += 1
    return space.newtuple([w_key, w_value])


@dictmethod("update")
def dict_update(space, w_self, args):
    args.check(space, "update", 0, 1, allow_kw=True)
    w_dict = _self(w_self)
    if len(args.args_w) == 1:
        w_dict.update_from(space, args.args_w[0])
    for i in range(len(args.kw_names)):
        w_dict.setitem(space, space.newtext_utf8(args.kw_names[i]), args.kw_values_w[i])
    return space.w_None


@dictmethod("clear")
def dict_clear(space, w_self, args):
    args.check(space, "clear", 0, 0)
    _self(w_self).data.clear()
    _self(w_self).version += 1
    return space.w_None


@dictmethod("copy")
def dict_copy(space, w_self, args):
    args.check(space, "copy", 0, 0)
    return _self(w_self).copy()


@type_function("dict.fromkeys")
def dict_fromkeys(space, args):
    args.check(space, "fromkeys", 1, 2)
    w_value = space.w_None
    if len(args.args_w) == 2:
        w_value = args.args_w[1]
    w_dict = W_DictObject()
    keys_w = space.unpack_iterable(args.args_w[0])
    for i in range(len(keys_w)):
        space.check_interrupts_every(i)
        w_dict.setitem(space, keys_w[i], w_value)
    return w_dict


W_DictObject.methods = dict_methods


view_methods, viewmethod = method_table()


@viewmethod("isdisjoint")
def view_isdisjoint(space, w_self, args):
    args.check(space, "isdisjoint", 1, 1)
    assert isinstance(w_self, W_DictView)
    w_iter = space.iter(args.args_w[0])
    i = 0
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return space.w_True
        space.check_interrupts_every(i)
        i += 1
        if w_self.contains(space, w_item):
            return space.w_False


W_DictView.methods = view_methods
def mapping_keys(space, w_other, w_target):
    """Copy a mapping that is not a plain dict (a dict subclass instance,
    or any object with keys()) into w_target; False if it is not one."""
    from rpython_sandbox.objects.classobject import W_InstanceObject
    from rpython_sandbox.objects.attrdict import W_AttrDict
    if isinstance(w_other, W_AttrDict):
        names, values_w = w_other.w_obj.attr_items()
        for i in range(len(names)):
            w_target.setitem(space, space.newtext_utf8(names[i]), values_w[i])
        return True
    if not isinstance(w_other, W_InstanceObject):
        return False
    w_keys = w_other.w_class.lookup("keys")
    if w_keys is None:
        return False
    w_storage = w_other.w_storage
    if (isinstance(w_storage, W_DictObject) and w_other.w_class.lookup("__getitem__")
            is space.w_dict.dict_w["__getitem__"] and
            w_keys is space.w_dict.dict_w["keys"]):
        for w_k, w_v in w_storage.data.items():
            w_target.setitem(space, w_k, w_v)
        return True
    keys_w = space.unpack_iterable(space.call_function(space.getattr(w_other, "keys"), []))
    for w_k in keys_w:
        w_target.setitem(space, w_k, space.getitem(w_other, w_k))
    return True

"""obj.__dict__ and vars(obj) of an instance, and globals() of a module
(moduleobject.py): a live view of the object's attributes (writes change
the object, as in CPython: functools.cached_property stores into it).
The attributes stay where they are (a map-stored instance,
attributemap.py, an exception's table, a module's cells); the view goes
through the object's attr_* methods.  Keys are str; the view
behaves as a dict for the protocol and the common methods, and copy()
or dict(view) give a plain dict."""

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.functionobject import method_table

attrdict_methods, attrdictmethod = method_table()


class W_AttrDict(W_Root):
    _attrs_ = _immutable_fields_ = ["w_obj"]
    typename = "dict"
    iterable = True
    methods = attrdict_methods

    def __init__(self, w_obj):
        self.w_obj = w_obj

    def gettype(self, space):
        return space.w_attrdict

    def _key(self, space, w_key):
        from rpython_sandbox.objects.strobject import W_StrObject
        from rpython_sandbox.space import builtin_value
        from rpython_sandbox.wire import encode_utf8
        w_k = builtin_value(w_key)
        if not isinstance(w_k, W_StrObject):
            raise oefmt(space, space.w_TypeError,
                        "attribute name must be string, not '%s'", space.type_name_of(w_key))
        return encode_utf8(w_k.value)

    def snapshot(self, space):
        w_dict = space.newdict()
        names, values_w = self.w_obj.attr_items()
        for i in range(len(names)):
            w_dict.setitem(space, space.newtext_utf8(names[i]), values_w[i])
        return w_dict

    def is_true(self, space):
        return self.w_obj.attr_count() > 0

    def repr(self, space):
        # each view is a new object: guard on what it views, so that a
        # namespace holding its own view (g = globals()) shows {...}
        if not space.enter_repr(self.w_obj):
            return u"{...}"
        try:
            return self.snapshot(space).repr(space)
        finally:
            space.leave_repr(self.w_obj)

    def eq(self, space, w_other):
        if isinstance(w_other, W_AttrDict):
            w_other = w_other.snapshot(space)
        return self.snapshot(space).eq(space, w_other)

    def length(self, space):
        return self.w_obj.attr_count()

    def getitem(self, space, w_key):
        w_value = self.w_obj.attr_get(self._key(space, w_key))
        if w_value is None:
            raise OperationErrorKey(space, w_key)
        return w_value

    def setitem(self, space, w_key, w_value):
        self.w_obj.attr_set(self._key(space, w_key), w_value)

    def delitem(self, space, w_key):
        if not self.w_obj.attr_del(self._key(space, w_key)):
            raise OperationErrorKey(space, w_key)

    def contains(self, space, w_item):
        from rpython_sandbox.objects.strobject import W_StrObject
        from rpython_sandbox.space import builtin_value
        if not isinstance(builtin_value(w_item), W_StrObject):
            return False
        return self.w_obj.attr_get(self._key(space, w_item)) is not None

    def iter(self, space):
        return space.iter(space.newlist(self._keys(space)))

    def unpack(self, space):
        return self._keys(space)

    def _keys(self, space):
        return [space.newtext_utf8(name) for name in self.w_obj.attr_items()[0]]


def OperationErrorKey(space, w_key):
    from rpython_sandbox.error import OperationError
    return OperationError(space.new_exception(space.w_KeyError, [w_key]))


def _self(w_self):
    assert isinstance(w_self, W_AttrDict)
    return w_self


@attrdictmethod("keys")
def attrdict_keys(space, w_self, args):
    args.check(space, "keys", 0, 0)
    return space.newlist(_self(w_self)._keys(space))


@attrdictmethod("values")
def attrdict_values(space, w_self, args):
    args.check(space, "values", 0, 0)
    return space.newlist(_self(w_self).w_obj.attr_items()[1])


@attrdictmethod("items")
def attrdict_items(space, w_self, args):
    args.check(space, "items", 0, 0)
    names, values_w = _self(w_self).w_obj.attr_items()
    return space.newlist([space.newtuple([space.newtext_utf8(names[i]), values_w[i]])
                          for i in range(len(names))])


@attrdictmethod("get")
def attrdict_get(space, w_self, args):
    args.check(space, "get", 1, 2)
    w_d = _self(w_self)
    w_default = space.w_None
    if len(args.args_w) == 2:
        w_default = args.args_w[1]
    if not w_d.contains(space, args.args_w[0]):
        return w_default
    return w_d.getitem(space, args.args_w[0])


@attrdictmethod("setdefault")
def attrdict_setdefault(space, w_self, args):
    args.check(space, "setdefault", 1, 2)
    w_d = _self(w_self)
    if w_d.contains(space, args.args_w[0]):
        return w_d.getitem(space, args.args_w[0])
    w_default = space.w_None
    if len(args.args_w) == 2:
        w_default = args.args_w[1]
    w_d.setitem(space, args.args_w[0], w_default)
    return w_default


@attrdictmethod("pop")
def attrdict_pop(space, w_self, args):
    args.check(space, "pop", 1, 2)
    w_d = _self(w_self)
    if not w_d.contains(space, args.args_w[0]):
        if len(args.args_w) == 2:
            return args.args_w[1]
        raise OperationErrorKey(space, args.args_w[0])
    w_value = w_d.getitem(space, args.args_w[0])
    w_d.delitem(space, args.args_w[0])
    return w_value


@attrdictmethod("update")
def attrdict_update(space, w_self, args):
    args.check(space, "update", 0, 1, allow_kw=True)
    w_d = _self(w_self)
    w_tmp = space.newdict()
    if len(args.args_w) == 1:
        w_tmp.update_from(space, args.args_w[0])
    for i in range(len(args.kw_names)):
        w_tmp.setitem(space, space.newtext_utf8(args.kw_names[i]), args.kw_values_w[i])
    for w_k, w_v in w_tmp.data.items():
        w_d.setitem(space, w_k, w_v)
    return space.w_None


@attrdictmethod("clear")
def attrdict_clear(space, w_self, args):
    args.check(space, "clear", 0, 0)
    _self(w_self).w_obj.attr_clear()
    return space.w_None


@attrdictmethod("copy")
def attrdict_copy(space, w_self, args):
    args.check(space, "copy", 0, 0)
    return _self(w_self).snapshot(space)

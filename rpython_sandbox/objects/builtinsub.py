"""Subclasses of the builtin types, and the builtin types' own methods as
attributes (list.__getitem__, int.__add__, str.lower, object.__new__).

An instance of `class L(list)` is a W_InstanceObject whose w_storage is a
plain W_ListObject: the value it is.  The builtin types' dicts (dict_w)
hold their methods (W_UnboundMethod) and slot functions (W_SlotFunction,
one per special method: __len__, __getitem__, __add__, ...) that act on
the storage; the instance protocol of classobject.py finds them through
the MRO like any method, so a user override in the subclass wins and
super().__getitem__(i) reaches the base's.  Plain builtin values never go
through here: their own fast paths in space.py are untouched.

__new__ of a builtin type is a W_BuiltinNew (called with the class first,
like a staticmethod): it makes the storage and wraps it for a subclass.
"""

from rpython.rlib.objectmodel import compute_identity_hash

from rpython_sandbox.error import OperationError, oefmt
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.typeobject import W_TypeObject
from rpython_sandbox.objects.functionobject import Arguments, W_BuiltinFunction
from rpython_sandbox.objects.classobject import (
    W_InstanceObject, W_SlotFunction, W_ClassMethod, BINOP_NAMES, RBINOP_NAMES,
    IBINOP_NAMES, compare_name, call_bound, instantiate, type_name)
from rpython_sandbox import operators as ops


def value_of(w_obj):
    """The builtin value of an instance of a builtin type's subclass, else
    the object itself."""
    if isinstance(w_obj, W_InstanceObject) and w_obj.w_storage is not None:
        return w_obj.w_storage
    return w_obj


def _storage(space, w_self, name):
    w_v = value_of(w_self)
    if isinstance(w_v, W_InstanceObject):
        raise oefmt(space, space.w_TypeError,
                    "descriptor '%s' requires a builtin value, not '%s'",
                    name, type_name(space, w_self))
    return w_v


def _other(w_obj):
    """The other operand of a builtin binary slot: its value, or None for
    a plain user instance (the slot then answers NotImplemented)."""
    w_v = value_of(w_obj)
    if isinstance(w_v, W_InstanceObject):
        return None
    return w_v


# --- the slot functions --------------------------------------------------------------

def slot_len(space, w_self, args):
    args.check(space, "__len__", 0, 0)
    return space.newint(space.len_w(_storage(space, w_self, "__len__")))


def slot_getitem(space, w_self, args):
    args.check(space, "__getitem__", 1, 1)
    w_v = _storage(space, w_self, "__getitem__")
    w_key = args.args_w[0]
    if w_v is w_self:
        return space.getitem(w_v, w_key)
    try:
        return space.getitem(w_v, w_key)
    except OperationError as e:
        # dict subclasses: __missing__ (defaultdict, Counter)
        if not e.w_exc.gettype(space).issubtype(space.w_KeyError):
            raise
        w_missing = w_self.gettype(space).lookup("__missing__")
        if w_missing is None:
            raise
        return call_bound(space, w_missing, w_self, [w_key])


def slot_setitem(space, w_self, args):
    args.check(space, "__setitem__", 2, 2)
    space.setitem(_storage(space, w_self, "__setitem__"), args.args_w[0], args.args_w[1])
    return space.w_None


def slot_delitem(space, w_self, args):
    args.check(space, "__delitem__", 1, 1)
    space.delitem(_storage(space, w_self, "__delitem__"), args.args_w[0])
    return space.w_None


def slot_contains(space, w_self, args):
    args.check(space, "__contains__", 1, 1)
    return space.newbool(space.contains(_storage(space, w_self, "__contains__"),
                                        args.args_w[0]))


def slot_iter(space, w_self, args):
    args.check(space, "__iter__", 0, 0)
    return space.iter(_storage(space, w_self, "__iter__"))


def slot_repr(space, w_self, args):
    args.check(space, "__repr__", 0, 0)
    return space.newtext(_storage(space, w_self, "__repr__").repr(space))


def slot_str(space, w_self, args):
    args.check(space, "__str__", 0, 0)
    return space.newtext(_storage(space, w_self, "__str__").str(space))


def slot_hash(space, w_self, args):
    args.check(space, "__hash__", 0, 0)
    return space.newint(space.hash_w(_storage(space, w_self, "__hash__")))


def slot_bool(space, w_self, args):
    args.check(space, "__bool__", 0, 0)
    return space.newbool(space.is_true(_storage(space, w_self, "__bool__")))


def slot_eq(space, w_self, args):
    args.check(space, "__eq__", 1, 1)
    w_o = _other(args.args_w[0])
    if w_o is None:
        return space.w_NotImplemented
    w_res = _storage(space, w_self, "__eq__").eq(space, w_o)
    if w_res is None:
        return space.w_NotImplemented
    return w_res


def slot_ne(space, w_self, args):
    args.check(space, "__ne__", 1, 1)
    w_o = _other(args.args_w[0])
    if w_o is None:
        return space.w_NotImplemented
    w_v = _storage(space, w_self, "__ne__")
    w_res = w_v.ne(space, w_o)
    if w_res is None:
        w_res = w_v.eq(space, w_o)
        if w_res is None:
            return space.w_NotImplemented
        return space.newbool(not space.is_true(w_res))
    return w_res


def _make_compare(op):
    name = compare_name(op)

    def slot_compare(space, w_self, args):
        args.check(space, name, 1, 1)
        w_o = _other(args.args_w[0])
        if w_o is None:
            return space.w_NotImplemented
        w_res = _storage(space, w_self, name).compare(space, op, w_o)
        if w_res is None:
            return space.w_NotImplemented
        return w_res
    slot_compare.__name__ = "slot" + name
    return slot_compare


def _make_binop(op, kind):
    if kind == 0:
        name = BINOP_NAMES[op]
    elif kind == 1:
        name = RBINOP_NAMES[op]
    else:
        name = IBINOP_NAMES[op]

    def slot_binop(space, w_self, args):
        args.check(space, name, 1, 1)
        w_o = _other(args.args_w[0])
        if w_o is None:
            return space.w_NotImplemented
        w_v = _storage(space, w_self, name)
        if kind == 0:
            w_res = w_v.binop(space, op, w_o)
            if w_res is None and type(w_v) is type(w_o):
                w_res = space.binary_op(op, w_v, w_o)   # int + int: the space's path
            if w_res is None:
                return space.w_NotImplemented
            return w_res
        if kind == 1:
            w_res = w_v.rbinop(space, op, w_o)
            if w_res is None and type(w_v) is type(w_o):
                w_res = space.binary_op(op, w_o, w_v)
            if w_res is None:
                return space.w_NotImplemented
            return w_res
        from rpython_sandbox.objects.dictobject import W_DictObject
        if isinstance(w_v, W_DictObject) and op == ops.OR:
            if not isinstance(w_o, W_DictObject) and not space.isinstance_w(w_o, space.w_dict):
                return space.w_NotImplemented
            w_v.update_from(space, w_o)
            return w_self
        w_res = space.inplace_op(op, w_v, w_o)
        if w_res is w_v:
            return w_self       # list += x: the subclass instance, changed
        return w_res
    slot_binop.__name__ = "slot" + name
    return slot_binop


def _make_unary(op, name):
    def slot_unary(space, w_self, args):
        args.check(space, name, 0, 0)
        return space.unary_op(op, _storage(space, w_self, name))
    slot_unary.__name__ = "slot" + name
    return slot_unary


def slot_abs(space, w_self, args):
    from rpython_sandbox.builtins.interp_builtins import builtin_abs
    args.check(space, "__abs__", 0, 0)
    return builtin_abs(space, Arguments([_storage(space, w_self, "__abs__")]))


def slot_index(space, w_self, args):
    args.check(space, "__index__", 0, 0)
    return _storage(space, w_self, "__index__")


def slot_int(space, w_self, args):
    args.check(space, "__int__", 0, 0)
    return space.w_int.call(space, Arguments([_storage(space, w_self, "__int__")]))


def slot_float(space, w_self, args):
    args.check(space, "__float__", 0, 0)
    return space.newfloat(space.float_w(_storage(space, w_self, "__float__")))


def slot_list_init(space, w_self, args):
    from rpython_sandbox.objects.listobject import W_ListObject
    args.check(space, "list", 0, 1)
    w_v = _storage(space, w_self, "__init__")
    assert isinstance(w_v, W_ListObject)
    items_w = []
    if len(args.args_w) == 1:
        items_w = space.unpack_iterable(args.args_w[0])
    w_v.items_w = items_w
    return space.w_None


def slot_dict_init(space, w_self, args):
    from rpython_sandbox.objects.dictobject import W_DictObject
    args.check(space, "dict", 0, 1, allow_kw=True)
    w_v = _storage(space, w_self, "__init__")
    assert isinstance(w_v, W_DictObject)
    if len(args.args_w) == 1:
        w_v.update_from(space, args.args_w[0])
    for i in range(len(args.kw_names)):
        w_v.setitem(space, space.newtext_utf8(args.kw_names[i]), args.kw_values_w[i])
    return space.w_None


def slot_set_init(space, w_self, args):
    from rpython_sandbox.objects.setobject import W_SetObject
    if len(args.kw_names) > 0:
        raise oefmt(space, space.w_TypeError, "set() takes no keyword arguments")
    args.check(space, "set", 0, 1)
    w_v = _storage(space, w_self, "__init__")
    assert isinstance(w_v, W_SetObject)
    w_v.data.clear()
    if len(args.args_w) == 1:
        w_v.add_all(space, args.args_w[0])
    return space.w_None


class W_SubclassFunction(W_Root):
    """A builtin type's class method reached through a subclass
    (IntSub.from_bytes, OrderedDictSub.fromkeys): the base's result, passed
    to the subclass (as CPython's int.from_bytes does)."""
    _attrs_ = _immutable_fields_ = ["w_cls", "w_func"]
    typename = "builtin_function_or_method"

    def __init__(self, w_cls, w_func):
        self.w_cls = w_cls
        self.w_func = w_func

    def gettype(self, space):
        return space.w_builtin_function

    def repr(self, space):
        return self.w_func.repr(space)

    def call(self, space, args):
        w_res = space.call_args(self.w_func, args)
        return space.call_function(self.w_cls, [w_res])


def subclass_type_function(space, w_type, name):
    """IntSub.from_bytes: the class method of the builtin base, or None."""
    from rpython_sandbox.objects.typeattrs import type_attribute
    w_layout = w_type.w_layout
    if w_layout is None or not w_type.is_user:
        return None
    w_func = type_attribute(space, w_layout, name)
    if w_func is None:
        return None
    return W_SubclassFunction(w_type, w_func)


# --- __new__ -------------------------------------------------------------------------

class W_BuiltinNew(W_Root):
    """T.__new__(cls, ...) of a builtin type T: called with the class first
    (a static method, as in CPython)."""
    _attrs_ = _immutable_fields_ = ["w_type"]
    typename = "builtin_function_or_method"

    def __init__(self, w_type):
        self.w_type = w_type

    def gettype(self, space):
        return space.w_builtin_function

    def repr(self, space):
        return u"<built-in method __new__ of type object>"

    def hash(self, space):
        return compute_identity_hash(self)

    def call(self, space, args):
        w_base = self.w_type
        if len(args.args_w) == 0:
            raise oefmt(space, space.w_TypeError, "%s.__new__(): not enough arguments",
                        w_base.name)
        w_cls = args.args_w[0]
        if not isinstance(w_cls, W_TypeObject):
            raise oefmt(space, space.w_TypeError, "%s.__new__(X): X is not a type object (%s)",
                        w_base.name, type_name(space, w_cls))
        if not w_cls.issubtype(w_base):
            raise oefmt(space, space.w_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                        w_base.name, w_cls.name, w_cls.name, w_base.name)
        rest = Arguments(args.args_w[1:], args.kw_names, args.kw_values_w)
        return builtin_new(space, w_base, w_cls, rest)


def builtin_new(space, w_base, w_cls, args):
    from rpython_sandbox.objects.exceptionobject import W_BaseException
    from rpython_sandbox.objects.classobject import type_new_full
    if w_base is space.w_object:
        return object_new(space, w_cls, args)
    if w_base is space.w_BaseException:
        if not w_cls.is_exception:
            raise oefmt(space, space.w_TypeError,
                        "BaseException.__new__(%s): %s is not a subtype of BaseException",
                        w_cls.name, w_cls.name)
        return W_BaseException(w_cls, args.args_w[:])
    if w_base is space.w_type:
        if w_cls is space.w_type and len(args.args_w) == 1 and len(args.kw_names) == 0:
            return space.type(args.args_w[0])
        if len(args.args_w) != 3:
            raise oefmt(space, space.w_TypeError, "type.__new__() takes exactly 3 arguments (%d given)",
                        len(args.args_w))
        return type_new_full(space, w_cls, args.args_w[0], args.args_w[1], args.args_w[2],
                             args.kw_names, args.kw_values_w)
    if w_cls.w_layout is not w_base:
        raise oefmt(space, space.w_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                    w_base.name, w_cls.name, _layout_name(space, w_cls))
    if w_base is space.w_list or w_base is space.w_dict or w_base is space.w_set:
        # made empty; __init__ fills them
        w_value = w_base.construct(space, w_base, Arguments([]))
    else:
        w_value = w_base.construct(space, w_base, args)
    if w_cls is w_base:
        return w_value
    return W_InstanceObject(w_cls, w_value)


def _layout_name(space, w_cls):
    if w_cls.is_exception:
        return "BaseException"
    if w_cls.w_layout is not None:
        return w_cls.w_layout.name
    return "object"


def object_new(space, w_cls, args):
    """object.__new__(cls): a plain instance; extra arguments are an error
    when the class does not define __init__ (or defines __new__), as in
    CPython."""
    if w_cls.is_exception or w_cls.w_layout is not None:
        raise oefmt(space, space.w_TypeError, "object.__new__(%s) is not safe, use %s.__new__()",
                    w_cls.name, _layout_name(space, w_cls))
    if not w_cls.is_user and w_cls is not space.w_object:
        raise oefmt(space, space.w_TypeError, "cannot create '%s' instances", w_cls.name)
    if len(args.args_w) > 0 or len(args.kw_names) > 0:
        w_new = w_cls.lookup("__new__")
        w_init = w_cls.lookup("__init__")
        if w_new is not space.w_object_new or w_init is space.w_object_init:
            raise oefmt(space, space.w_TypeError,
                        "object.__new__() takes exactly one argument (the type to instantiate)")
    return W_InstanceObject(w_cls)


def type_init(space, w_self, args):
    n = len(args.args_w)
    if n != 0 and n != 2 and n != 3:
        raise oefmt(space, space.w_TypeError, "type.__init__() takes 1 or 3 arguments")
    return space.w_None


def type_call(space, w_self, args):
    if not isinstance(w_self, W_TypeObject):
        raise oefmt(space, space.w_TypeError, "descriptor '__call__' requires a 'type' object")
    if w_self.is_user:
        return instantiate(space, w_self, args)
    return space.call_args(w_self, args)


def object_init_subclass(space, args):
    if len(args.args_w) > 1 or len(args.kw_names) > 0:
        name = "object"
        if len(args.args_w) > 0 and isinstance(args.args_w[0], W_TypeObject):
            w_cls = args.args_w[0]
            assert isinstance(w_cls, W_TypeObject)
            name = w_cls.name
        raise oefmt(space, space.w_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                    name)
    return space.w_None


# --- installing them --------------------------------------------------------------------

ARITH = [ops.ADD, ops.SUB, ops.MUL, ops.TRUEDIV, ops.FLOORDIV, ops.MOD, ops.POW]
BITS = [ops.LSHIFT, ops.RSHIFT, ops.AND, ops.OR, ops.XOR]
SETOPS = [ops.OR, ops.AND, ops.SUB, ops.XOR]
COMPARES = [ops.LT, ops.LE, ops.GT, ops.GE]

SLOTS = {}          # name -> slot function
SLOTS["__len__"] = slot_len
SLOTS["__getitem__"] = slot_getitem
SLOTS["__setitem__"] = slot_setitem
SLOTS["__delitem__"] = slot_delitem
SLOTS["__contains__"] = slot_contains
SLOTS["__iter__"] = slot_iter
SLOTS["__repr__"] = slot_repr
SLOTS["__str__"] = slot_str
SLOTS["__hash__"] = slot_hash
SLOTS["__bool__"] = slot_bool
SLOTS["__eq__"] = slot_eq
SLOTS["__ne__"] = slot_ne
SLOTS["__abs__"] = slot_abs
SLOTS["__index__"] = slot_index
SLOTS["__int__"] = slot_int
SLOTS["__float__"] = slot_float
SLOTS["__neg__"] = _make_unary(ops.NEG, "__neg__")
SLOTS["__pos__"] = _make_unary(ops.POS, "__pos__")
SLOTS["__invert__"] = _make_unary(ops.INVERT, "__invert__")
for _op in COMPARES:
    SLOTS[compare_name(_op)] = _make_compare(_op)
for _op in ARITH + BITS:
    SLOTS[BINOP_NAMES[_op]] = _make_binop(_op, 0)
    SLOTS[RBINOP_NAMES[_op]] = _make_binop(_op, 1)
    SLOTS[IBINOP_NAMES[_op]] = _make_binop(_op, 2)
del _op

_CMP = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]


def _names(opnums, kinds):
    res = []
    for op in opnums:
        if 0 in kinds:
            res.append(BINOP_NAMES[op])
        if 1 in kinds:
            res.append(RBINOP_NAMES[op])
        if 2 in kinds:
            res.append(IBINOP_NAMES[op])
    return res


# per type: its special methods (besides __new__/__init__), and whether
# it is unhashable (__hash__ = None)
TYPE_SLOTS = {
    "int": (["__repr__", "__hash__", "__bool__", "__neg__", "__pos__", "__invert__",
             "__abs__", "__index__", "__int__", "__float__"] + _CMP +
            _names(ARITH + BITS, [0, 1]), False),
    "float": (["__repr__", "__hash__", "__bool__", "__neg__", "__pos__", "__abs__",
               "__int__", "__float__"] + _CMP + _names(ARITH, [0, 1]), False),
    "str": (["__repr__", "__str__", "__hash__", "__len__", "__getitem__", "__contains__",
             "__iter__", "__add__", "__mul__", "__rmul__", "__mod__"] + _CMP, False),
    "bytes": (["__repr__", "__hash__", "__len__", "__getitem__", "__contains__",
               "__iter__", "__add__", "__mul__", "__rmul__", "__mod__"] + _CMP, False),
    "list": (["__repr__", "__len__", "__getitem__", "__setitem__", "__delitem__",
              "__contains__", "__iter__", "__add__", "__mul__", "__rmul__", "__iadd__",
              "__imul__"] + _CMP, True),
    "tuple": (["__repr__", "__hash__", "__len__", "__getitem__", "__contains__", "__iter__",
               "__add__", "__mul__", "__rmul__"] + _CMP, False),
    "dict": (["__repr__", "__len__", "__getitem__", "__setitem__", "__delitem__",
              "__contains__", "__iter__", "__eq__", "__ne__", "__or__", "__ror__",
              "__ior__"], True),
    "set": (["__repr__", "__len__", "__contains__", "__iter__"] + _CMP +
            _names(SETOPS, [0, 1, 2]), True),
    "frozenset": (["__repr__", "__hash__", "__len__", "__contains__", "__iter__"] + _CMP +
                  _names(SETOPS, [0, 1]), False),
}


def install(space):
    """Fill the builtin types' dicts (called once by the space)."""
    from rpython_sandbox.objects.typeattrs import W_UnboundMethod, instance_methods
    for w_t in [space.w_int, space.w_float, space.w_str, space.w_bytes, space.w_list,
                space.w_tuple, space.w_dict, space.w_set, space.w_frozenset]:
        d = w_t.dict_w
        methods = instance_methods(space, w_t)
        if methods is not None:
            for name, method in methods.items():
                d[name] = W_UnboundMethod(w_t, method)
        names, unhashable = TYPE_SLOTS[w_t.name]
        for name in names:
            d[name] = W_SlotFunction(name, w_t.name, SLOTS[name], w_t)
        if unhashable:
            d["__hash__"] = space.w_None
        d["__new__"] = W_BuiltinNew(w_t)
    space.w_list.dict_w["__init__"] = W_SlotFunction("__init__", "list", slot_list_init,
                                                     space.w_list)
    space.w_dict.dict_w["__init__"] = W_SlotFunction("__init__", "dict", slot_dict_init,
                                                     space.w_dict)
    space.w_set.dict_w["__init__"] = W_SlotFunction("__init__", "set", slot_set_init,
                                                    space.w_set)
    # bool: int's methods through its MRO, but not a base
    # object, BaseException and type
    space.w_object_new = W_BuiltinNew(space.w_object)
    space.w_object.dict_w["__new__"] = space.w_object_new
    space.w_object_init = space.w_object.dict_w["__init__"]
    space.w_object.dict_w["__init_subclass__"] = W_ClassMethod(
        W_BuiltinFunction("__init_subclass__", object_init_subclass))
    space.w_exception_new = W_BuiltinNew(space.w_BaseException)
    space.w_BaseException.dict_w["__new__"] = space.w_exception_new
    space.w_attrdict = W_TypeObject("attribute_dict", space.w_object)
    space.w_union_type = W_TypeObject("UnionType", space.w_object, module="types")
    space.w_generic_alias = W_TypeObject("GenericAlias", space.w_object, module="types")
    space.w_identity_key = W_TypeObject("identity", space.w_object, module="_copy")
    w_type = space.w_type
    w_type.dict_w["__new__"] = W_BuiltinNew(w_type)
    w_type.dict_w["__init__"] = W_SlotFunction("__init__", "type", type_init, w_type)
    space.w_type_call = W_SlotFunction("__call__", "type", type_call, w_type)
    w_type.dict_w["__call__"] = space.w_type_call
    # the dicts above changed without new version tags: forget any lookup
    # made while the space was being built
    from rpython_sandbox.objects.typeobject import method_cache
    method_cache.clear()

"""The builtins about classes and attributes: super, property,
staticmethod, classmethod (types), issubclass, getattr, setattr, hasattr,
delattr, callable, vars, dir, and the NotImplemented value.

They only ever hand back guest data: attributes the guest's own objects
have, the names of those attributes, copies of instance dicts."""

from rpython.rlib import jit

from rpython_sandbox.error import OperationError, oefmt
from rpython_sandbox.objects.functionobject import (
    W_BuiltinFunction, W_Function, W_BoundMethod, function_table, install_functions)
from rpython_sandbox.objects.typeobject import W_TypeObject
from rpython_sandbox.objects.tupleobject import W_TupleObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.listobject import W_ListObject, sort_list
from rpython_sandbox.objects.exceptionobject import W_BaseException
from rpython_sandbox.objects.classobject import (
    W_InstanceObject, W_Method, W_SlotFunction, W_StaticMethod,
    attribute_dict, namespace_snapshot)

CLASS_BUILTINS, classbuiltin = function_table()


def attr_name(space, w_name):
    """The RPython name of a guest str used as an attribute name."""
    if not isinstance(w_name, W_StrObject):
        raise oefmt(space, space.w_TypeError, "attribute name must be string, not '%s'",
                    space.type_name_of(w_name))
    return _utf8_name(w_name.value)


@jit.elidable
def _utf8_name(u):
    # elidable: getattr(x, "name", d) with a constant name encodes it once,
    # when the JIT traces, not at every call
    from rpython_sandbox.wire import encode_utf8
    return encode_utf8(u)


def _issubclass(space, w_cls, w_check):
    from rpython_sandbox.objects.typingobject import union_types, check_isinstance_arg
    if isinstance(w_check, W_TupleObject):
        for w_t in w_check.items_w:
            if _issubclass(space, w_cls, w_t):
                return True
        return False
    members_w = union_types(w_check)
    if members_w is not None:
        for w_t in members_w:
            if _issubclass(space, w_cls, w_t):
                return True
        return False
    check_isinstance_arg(space, w_check, "issubclass")
    from rpython_sandbox.objects.classobject import meta_check
    res = meta_check(space, w_check, "__subclasscheck__", w_cls)
    if res >= 0:
        return res == 1
    if not isinstance(w_check, W_TypeObject):
        raise oefmt(space, space.w_TypeError,
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union")
    assert isinstance(w_cls, W_TypeObject)
    return w_cls.issubtype(w_check)


@classbuiltin("issubclass")
def builtin_issubclass(space, args):
    args.check(space, "issubclass", 2, 2)
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(space, space.w_TypeError, "issubclass() arg 1 must be a class")
    return space.newbool(_issubclass(space, w_cls, args.args_w[1]))


@classbuiltin("getattr")
def builtin_getattr(space, args):
    args.check(space, "getattr", 2, 3)
    name = attr_name(space, args.args_w[1])
    if len(args.args_w) == 3:
        # a missing attribute is no AttributeError here (no message to
        # format, nothing to raise): findattr says None
        try:
            w_res = space.findattr(args.args_w[0], name)
        except OperationError as e:
            if not e.w_exc.gettype(space).issubtype(space.w_AttributeError):
                raise
            return args.args_w[2]
        if w_res is None:
            return args.args_w[2]
        return w_res
    return space.getattr(args.args_w[0], name)


@classbuiltin("hasattr")
def builtin_hasattr(space, args):
    args.check(space, "hasattr", 2, 2)
    name = attr_name(space, args.args_w[1])
    try:
        w_res = space.findattr(args.args_w[0], name)
    except OperationError as e:
        if not e.w_exc.gettype(space).issubtype(space.w_AttributeError):
            raise
        return space.w_False
    return space.newbool(w_res is not None)


@classbuiltin("setattr")
def builtin_setattr(space, args):
    args.check(space, "setattr", 3, 3)
    space.setattr(args.args_w[0], attr_name(space, args.args_w[1]), args.args_w[2])
    return space.w_None


@classbuiltin("delattr")
def builtin_delattr(space, args):
    args.check(space, "delattr", 2, 2)
    space.delattr(args.args_w[0], attr_name(space, args.args_w[1]))
    return space.w_None


@classbuiltin("callable")
def builtin_callable(space, args):
    args.check(space, "callable", 1, 1)
    w_obj = args.args_w[0]
    if isinstance(w_obj, W_InstanceObject):
        return space.newbool(w_obj.w_class.lookup("__call__") is not None)
    return space.newbool(isinstance(w_obj, W_Function) or isinstance(w_obj, W_BuiltinFunction)
                         or isinstance(w_obj, W_BoundMethod) or isinstance(w_obj, W_Method)
                         or isinstance(w_obj, W_TypeObject) or isinstance(w_obj, W_SlotFunction)
                         or isinstance(w_obj, W_StaticMethod) or w_obj.gettype(space)
                         is space.w_builtin_function or w_obj.gettype(space)
                         is space.w_generic_alias)


@classbuiltin("vars")
def builtin_vars(space, args):
    args.check(space, "vars", 1, 1)
    w_obj = args.args_w[0]
    if (isinstance(w_obj, W_InstanceObject) and w_obj.w_class.is_user
            and w_obj.w_class.slot_names is None):      # __slots__: no __dict__
        return attribute_dict(space, w_obj)
    if isinstance(w_obj, W_BaseException) and w_obj.w_type.is_user:
        return attribute_dict(space, w_obj)
    if isinstance(w_obj, W_TypeObject) and w_obj.is_user:
        return namespace_snapshot(space, w_obj.dict_w)
    raise oefmt(space, space.w_TypeError, "vars() argument must have __dict__ attribute")


@classbuiltin("dir")
def builtin_dir(space, args):
    args.check(space, "dir", 1, 1)
    w_obj = args.args_w[0]
    names = []
    if isinstance(w_obj, W_TypeObject):
        _add_type_names(names, w_obj)
    else:
        for name in w_obj.attr_items()[0]:
            _add(names, name)
        w_type = w_obj.gettype(space)
        _add_type_names(names, w_type)
        for name in w_obj.methods.keys():
            _add(names, name)
    w_list = W_ListObject([space.newtext_utf8(name) for name in names])
    sort_list(space, w_list, space.w_None, False)
    return w_list


def _add(names, name):
    if name not in names:
        names.append(name)


def _add_type_names(names, w_type):
    for w_t in w_type.mro_w:
        for name in w_t.dict_w.keys():
            _add(names, name)


def add_class_builtins(space, w_mod, allowed):
    install_functions(w_mod, CLASS_BUILTINS, allowed)
    for w_type in [space.w_property, space.w_staticmethod, space.w_classmethod,
                   space.w_super]:
        if allowed is None or w_type.name in allowed:
            w_mod.setvalue(w_type.name, w_type)
    w_mod.setvalue("NotImplemented", space.w_NotImplemented)

"""The sandbox's `_copy` module: the two questions untrusted_stdlib/copy.py
asks for every object it copies, answered without building guest objects.

    identity(x) -> key      the memo key of x, as id(x) in CPython's copy
                            (objects/identityobject.py: equal keys hold the
                            same object)
    defines(cls, name)      does a class of cls's MRO other than `object`
                            have `name` in its own namespace (is
                            __reduce_ex__, __reduce__, __getstate__ the
                            class's own, not a builtin default)
    plain(cls)              are cls's instances copied as plain objects
                            (made without __init__, given their attributes):
                            only user classes and `object` in the MRO, none
                            defining __reduce_ex__, __reduce__,
                            __getstate__ or __getnewargs__

copy.py falls back to pure-Python versions when `_copy` is not granted
(trusted/_modules.py grants it with `copy`).  Neither function reveals
anything the guest could not find out itself: identity() is `is`, and
defines() is `name in vars(klass) for klass in cls.__mro__`."""

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.functionobject import function_table, install_functions
from rpython_sandbox.objects.identityobject import W_IdentityKey
from rpython_sandbox.objects.typeobject import W_TypeObject
from rpython_sandbox.builtins.interp_classes import attr_name

FUNCTIONS, copyfunc = function_table()


@copyfunc("identity")
def copy_identity(space, args):
    args.check(space, "identity", 1, 1)
    return W_IdentityKey(args.args_w[0])


@copyfunc("defines")
def copy_defines(space, args):
    args.check(space, "defines", 2, 2)
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise oefmt(space, space.w_TypeError, "defines() arg 1 must be a class")
    name = attr_name(space, args.args_w[1])
    for w_type in w_cls.mro_w:
        if w_type is space.w_object:
            break
        if not w_type.is_user:
            # a builtin base (list, Exception, ...): CPython's copy sees
            # its C-level defaults as not user-defined either
            continue
        if name in w_type.dict_w:
            return space.w_True
    return space.w_False


# what makes copy.py's general reduce path (copy._reduce) do more than
# copy the attributes of an instance made without __init__
_NOT_PLAIN = ["__reduce_ex__", "__reduce__", "__getstate__", "__getnewargs__"]


@copyfunc("plain")
def copy_plain(space, args):
    args.check(space, "plain", 1, 1)
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        return space.w_False
    for w_type in w_cls.mro_w:
        if w_type is space.w_object:
            continue
        if not w_type.is_user or w_type.is_exception or w_type.w_layout is not None:
            return space.w_False
        for name in _NOT_PLAIN:
            if name in w_type.dict_w:
                return space.w_False
    return space.w_True


def make_module(space):
    w_mod = W_ModuleObject("_copy")
    install_functions(w_mod, FUNCTIONS)
    return w_mod

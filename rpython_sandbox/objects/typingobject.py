"""`int | str` (types.UnionType) and `list[int]` (types.GenericAlias): the
two typing objects the language itself makes.  A union is accepted by
isinstance() and issubclass(); an alias is callable (it makes the origin
type) and shows as CPython shows it."""

from rpython.rlib.objectmodel import compute_identity_hash

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.typeobject import W_TypeObject
from rpython_sandbox import operators as ops


class W_UnionType(W_Root):
    _attrs_ = ["args_w"]
    typename = "types.UnionType"

    def __init__(self, args_w):
        self.args_w = args_w

    def gettype(self, space):
        return space.w_union_type

    def repr(self, space):
        return u" | ".join([type_repr(space, w_a) for w_a in self.args_w])

    def hash(self, space):
        h = 0x345678
        for w_a in self.args_w:
            h ^= space.hash_w(w_a)
        return h

    def eq(self, space, w_other):
        if not isinstance(w_other, W_UnionType):
            return None
        if len(self.args_w) != len(w_other.args_w):
            return space.w_False
        for w_a in self.args_w:
            found = False
            for w_b in w_other.args_w:
                if space.eq_w(w_a, w_b):
                    found = True
            if not found:
                return space.w_False
        return space.w_True

    def binop(self, space, op, w_other):
        return type_or(space, op, self, w_other)

    def rbinop(self, space, op, w_other):
        return type_or(space, op, w_other, self)

    def getattr(self, space, name):
        if name == "__args__":
            return space.newtuple([w_a for w_a in self.args_w])
        return None


class W_GenericAlias(W_Root):
    _attrs_ = ["w_origin", "args_w"]
    _immutable_fields_ = ["w_origin"]
    typename = "types.GenericAlias"

    def __init__(self, w_origin, args_w):
        self.w_origin = w_origin
        self.args_w = args_w

    def gettype(self, space):
        return space.w_generic_alias

    def repr(self, space):
        parts = [type_repr(space, w_a) for w_a in self.args_w]
        if len(parts) == 0:
            parts = [u"()"]
        return u"%s[%s]" % (type_repr(space, self.w_origin), u", ".join(parts))

    def hash(self, space):
        h = space.hash_w(self.w_origin)
        for w_a in self.args_w:
            h = h * 1000003 ^ space.hash_w(w_a)
        return h

    def eq(self, space, w_other):
        if not isinstance(w_other, W_GenericAlias):
            return None
        if self.w_origin is not w_other.w_origin:
            return space.w_False
        return space.newbool(space.sequences_equal(self.args_w, w_other.args_w))

    def call(self, space, args):
        return space.call_args(self.w_origin, args)

    def binop(self, space, op, w_other):
        return type_or(space, op, self, w_other)

    def rbinop(self, space, op, w_other):
        return type_or(space, op, w_other, self)

    def getattr(self, space, name):
        if name == "__origin__":
            return self.w_origin
        if name == "__args__":
            return space.newtuple([w_a for w_a in self.args_w])
        if name.startswith("__"):
            return None
        return space.getattr(self.w_origin, name)


def type_repr(space, w_obj):
    """How a union or an alias shows one of its arguments."""
    if w_obj is space.w_NoneType:
        return u"None"
    if isinstance(w_obj, W_TypeObject):
        if w_obj.module is None:
            return w_obj.name.decode("utf-8")
        return u"%s.%s" % (w_obj.module.decode("utf-8"), w_obj.qualname.decode("utf-8"))
    if space.is_none(w_obj):
        return u"None"
    return space.repr_u(w_obj)


def _unionable(space, w_obj):
    return (isinstance(w_obj, W_TypeObject) or space.is_none(w_obj) or
            isinstance(w_obj, W_UnionType) or isinstance(w_obj, W_GenericAlias))


def type_or(space, op, w_a, w_b):
    """`a | b` for types, None, unions and aliases; None (NotImplemented)
    for anything else."""
    if op != ops.OR:
        return None
    if not _unionable(space, w_a) or not _unionable(space, w_b):
        return None
    args_w = []
    for w_x in [w_a, w_b]:
        if isinstance(w_x, W_UnionType):
            for w_y in w_x.args_w:
                _add_arg(space, args_w, w_y)
        elif space.is_none(w_x):
            _add_arg(space, args_w, space.w_NoneType)
        else:
            _add_arg(space, args_w, w_x)
    if len(args_w) == 1:
        return args_w[0]
    return W_UnionType(args_w[:])


def _add_arg(space, args_w, w_x):
    for w_y in args_w:
        if w_y is w_x or (isinstance(w_x, W_GenericAlias) and space.eq_w(w_x, w_y)):
            return
    args_w.append(w_x)


def union_types(w_check):
    """The members of a union for isinstance()/issubclass(), or None."""
    if isinstance(w_check, W_UnionType):
        return w_check.args_w
    return None


def builtin_generic(space, w_cls, w_key):
    """list[int], dict[str, int], tuple[int, ...], type[C], ...: an alias
    for the builtin types CPython makes them for (and their subclasses)."""
    from rpython_sandbox.objects.tupleobject import W_TupleObject
    ok = False
    for w_t in [space.w_list, space.w_dict, space.w_tuple, space.w_set, space.w_frozenset,
                space.w_type]:
        if w_cls.issubtype(w_t):
            ok = True
    if not ok:
        return None
    if isinstance(w_key, W_TupleObject):
        args_w = w_key.items_w[:]
    else:
        args_w = [w_key]
    return W_GenericAlias(w_cls, args_w)


def check_isinstance_arg(space, w_check, fname):
    if isinstance(w_check, W_GenericAlias):
        raise oefmt(space, space.w_TypeError,
                    "%s() argument 2 cannot be a parameterized generic", fname)

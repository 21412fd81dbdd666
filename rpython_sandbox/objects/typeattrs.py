"""Attributes of the builtin types themselves: the class methods
(int.from_bytes, dict.fromkeys, str.maketrans, float.fromhex,
bytes.fromhex) and the methods taken from the type, unbound
(`str.upper`, `sorted(words, key=str.lower)`)."""

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.functionobject import W_BuiltinFunction, Arguments

# "type.name" -> fn(space, args); filled by the modules that define them
TYPE_FUNCTIONS = {}


def type_function(qualname):
    def decorate(fn):
        TYPE_FUNCTIONS[qualname] = fn
        return fn
    return decorate


class W_UnboundMethod(W_Root):
    """`str.upper`: a builtin method called with its instance first."""
    _attrs_ = _immutable_fields_ = ["w_type", "method"]
    typename = "method_descriptor"

    def __init__(self, w_type, method):
        self.w_type = w_type
        self.method = method

    def gettype(self, space):
        return space.w_builtin_function

    def repr(self, space):
        return u"<method '%s' of '%s' objects>" % (self.method.name.decode("utf-8"),
                                                   self.w_type.name.decode("utf-8"))

    # made on each access: `str.upper == str.upper` by what it names, and
    # hashed to match (CPython's descriptor is one object)
    def eq(self, space, w_other):
        if not isinstance(w_other, W_UnboundMethod):
            return None
        return space.newbool(self.w_type is w_other.w_type and self.method is w_other.method)

    def hash(self, space):
        from rpython.rlib.objectmodel import compute_identity_hash
        return compute_identity_hash(self.w_type) ^ compute_identity_hash(self.method)

    def call(self, space, args):
        if len(args.args_w) == 0:
            raise oefmt(space, space.w_TypeError,
                        "unbound method %s.%s() needs an argument",
                        self.w_type.name, self.method.name)
        w_self = args.args_w[0]
        if not space.isinstance_w(w_self, self.w_type):
            raise oefmt(space, space.w_TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        self.method.name, self.w_type.name, w_self.typename)
        from rpython_sandbox.objects.builtinsub import value_of
        rest = Arguments(args.args_w[1:], args.kw_names, args.kw_values_w)
        return self.method.fn(space, value_of(w_self), rest)


def instance_methods(space, w_type):
    from rpython_sandbox.objects.strobject import W_StrObject
    from rpython_sandbox.objects.bytesobject import W_BytesObject
    from rpython_sandbox.objects.listobject import W_ListObject
    from rpython_sandbox.objects.tupleobject import W_TupleObject
    from rpython_sandbox.objects.dictobject import W_DictObject
    from rpython_sandbox.objects.intobject import W_IntObject
    from rpython_sandbox.objects.floatobject import W_FloatObject
    if w_type is space.w_str:
        return W_StrObject.methods
    if w_type is space.w_bytes:
        return W_BytesObject.methods
    if w_type is space.w_list:
        return W_ListObject.methods
    if w_type is space.w_tuple:
        return W_TupleObject.methods
    if w_type is space.w_dict:
        return W_DictObject.methods
    if w_type is space.w_int or w_type is space.w_bool:
        return W_IntObject.methods
    if w_type is space.w_float:
        return W_FloatObject.methods
    from rpython_sandbox.objects.setobject import W_SetObject, W_FrozensetObject
    if w_type is space.w_set:
        return W_SetObject.methods
    if w_type is space.w_frozenset:
        return W_FrozensetObject.methods
    return None


def type_attribute(space, w_type, name):
    """The attribute `name` of the builtin type w_type, or None."""
    if not _is_builtin(space, w_type):
        return None
    tname = w_type.name
    if w_type is space.w_bool:
        tname = "int"
    qualname = tname + "." + name
    fn = TYPE_FUNCTIONS.get(qualname, None)
    if fn is not None:
        return W_BuiltinFunction(name, fn)
    methods = instance_methods(space, w_type)
    if methods is not None:
        method = methods.get(name, None)
        if method is not None:
            return W_UnboundMethod(w_type, method)
    return None


def _is_builtin(space, w_type):
    return (w_type is space.w_str or w_type is space.w_bytes or w_type is space.w_list or
            w_type is space.w_tuple or w_type is space.w_dict or w_type is space.w_int or
            w_type is space.w_bool or w_type is space.w_float)

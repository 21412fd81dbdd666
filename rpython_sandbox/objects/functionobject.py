"""Callables: guest functions (W_Function), builtin functions and methods,
and Arguments, the one way arguments travel to any of them."""

from rpython.rlib import jit
from rpython.rlib.objectmodel import compute_identity_hash

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.error import oefmt


class Arguments(object):
    """Positional values plus keyword (name, value) pairs of one call."""

    def __init__(self, args_w, kw_names=None, kw_values_w=None):
        self.args_w = args_w
        if kw_names is None:
            kw_names = []
            kw_values_w = []
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w

    def check(self, space, fname, minargs, maxargs, allow_kw=False):
        """Refuse a wrong number of positional arguments or unexpected
        keywords, with CPython's wording."""
        n = len(self.args_w)
        if not allow_kw and len(self.kw_names) > 0:
            raise oefmt(space, space.w_TypeError, "%s() takes no keyword arguments", fname)
        if n < minargs or n > maxargs:
            if minargs == maxargs:
                if minargs == 0:
                    raise oefmt(space, space.w_TypeError, "%s() takes no arguments (%d given)", fname, n)
                raise oefmt(space, space.w_TypeError, "%s() takes exactly %d argument%s (%d given)",
                            fname, minargs, plural(minargs), n)
            if n < minargs:
                raise oefmt(space, space.w_TypeError, "%s expected at least %d argument%s, got %d",
                            fname, minargs, plural(minargs), n)
            raise oefmt(space, space.w_TypeError, "%s expected at most %d argument%s, got %d",
                        fname, maxargs, plural(maxargs), n)

    def keyword(self, space, fname, name, w_default, allowed):
        """The value of keyword `name` (or w_default), after checking that
        every keyword given is in `allowed`."""
        w_result = w_default
        for i in range(len(self.kw_names)):
            kw = self.kw_names[i]
            if kw == name:
                w_result = self.kw_values_w[i]
            elif kw not in allowed:
                raise oefmt(space, space.w_TypeError,
                            "'%s' is an invalid keyword argument for %s()", kw, fname)
        return w_result


def plural(n):
    if n == 1:
        return ""
    return "s"


class BuiltinMethod(object):
    """A method of a builtin type: fn(space, w_self, args)."""
    _immutable_ = True

    def __init__(self, name, fn):
        self.name = name
        self.fn = fn


def method_table():
    """A per-type method table and the decorator that fills it:

        str_methods, strmethod = method_table()
        @strmethod("upper")
        def str_upper(space, w_self, args): ...
    """
    table = {}

    def register(name):
        def decorate(fn):
            table[name] = BuiltinMethod(name, fn)
            return fn
        return decorate
    return table, register


def function_table():
    """A module's builtin functions and the decorator that lists them
    (install_functions puts them in the module):

        FUNCTIONS, mathfunc = function_table()
        @mathfunc("sqrt")
        def math_sqrt(space, args): ...
    """
    table = []

    def register(name):
        def decorate(fn):
            table.append((name, fn))
            return fn
        return decorate
    return table, register


def install_functions(w_mod, table, allowed=None):
    """Set each function of a function_table() in w_mod, or only those
    named in `allowed` (a list of names) if given."""
    for name, fn in table:
        if allowed is None or name in allowed:
            w_mod.setvalue(name, W_BuiltinFunction(name, fn))


class W_BoundMethod(W_Root):
    """`obj.method` for a builtin method, ready to be called."""
    _attrs_ = _immutable_fields_ = ["w_self", "method"]
    typename = "builtin_function_or_method"

    def __init__(self, w_self, method):
        self.w_self = w_self
        self.method = method

    def gettype(self, space):
        return space.w_builtin_function

    def repr(self, space):
        return u"<built-in method %s of %s object>" % (
            self.method.name.decode("utf-8"), self.w_self.typename.decode("utf-8"))

    def call(self, space, args):
        return self.method.fn(space, self.w_self, args)

    # CPython: equal when bound to the same object (by identity) and the
    # same method, hashed from both identities
    def eq(self, space, w_other):
        if not isinstance(w_other, W_BoundMethod):
            return None
        return space.newbool(self.w_self is w_other.w_self and self.method is w_other.method)

    def hash(self, space):
        return compute_identity_hash(self.w_self) ^ compute_identity_hash(self.method)


class W_BuiltinFunction(W_Root):
    """A builtin function: fn(space, args)."""
    _attrs_ = _immutable_fields_ = ["name", "fn"]
    typename = "builtin_function_or_method"

    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def gettype(self, space):
        return space.w_builtin_function

    def repr(self, space):
        return u"<built-in function %s>" % self.name.decode("utf-8")

    def call(self, space, args):
        return self.fn(space, args)

    def hash(self, space):
        return compute_identity_hash(self)


# what functools.wraps and guest code may set on a function
WRITABLE_DUNDERS = ["__name__", "__qualname__", "__doc__", "__module__", "__wrapped__",
                    "__isabstractmethod__",
                    "__annotations__", "__mro_entries__"]


class W_Function(W_Root):
    """A function defined by guest code: its code, its module's globals,
    its default values, its closure (the cells of the free variables it
    uses, copied into the frame's slots after the parameters by a call) and
    the class whose body defined it (for super())."""
    _attrs_ = ["code", "w_module", "defaults_w", "w_kwdefaults", "closure_w", "w_defclass",
               "attrs_w"]
    _immutable_fields_ = ["code", "w_module", "defaults_w", "w_kwdefaults", "closure_w[*]"]
    typename = "function"

    def hash(self, space):
        return compute_identity_hash(self)     # functions are keys by identity

    def __init__(self, code, w_module, defaults_w, w_kwdefaults, closure_w=None):
        self.code = code
        self.w_module = w_module
        self.defaults_w = defaults_w
        self.w_kwdefaults = w_kwdefaults     # a W_DictObject or None
        self.closure_w = closure_w           # a list of W_Cell or None
        self.w_defclass = None      # the class whose body defined it (for super())
        self.attrs_w = None         # attributes the guest set (f.cache = {}), made on first use

    def gettype(self, space):
        return space.w_function

    def repr(self, space):
        return u"<function %s>" % self.code.name.decode("utf-8")

    def getattr(self, space, name):
        if self.attrs_w is not None:
            w_value = self.attrs_w.get(name, None)
            if w_value is not None:
                return w_value
        if name == "__name__":
            return space.newtext_utf8(self.code.name)
        if name == "__qualname__":
            if self.w_defclass is not None:
                return space.newtext_utf8(self.w_defclass.qualname + "." + self.code.name)
            return space.newtext_utf8(self.code.name)
        if name == "__module__":
            return space.newtext_utf8(self.w_module.name)
        if name == "__doc__":
            return space.w_None
        return None

    def setattr(self, space, name, w_value):
        """Guest data on a function (a decorator's cache, functools.wraps
        copying __name__ and __doc__); the attributes that would reach the
        function's code, globals or closure do not exist to be set."""
        if name.startswith("__") and name.endswith("__") and name not in WRITABLE_DUNDERS:
            raise oefmt(space, space.w_AttributeError,
                        "'function' object attribute '%s' is read-only", name)
        if self.attrs_w is None:
            self.attrs_w = {}
        self.attrs_w[name] = w_value

    def delattr(self, space, name):
        if self.attrs_w is None or name not in self.attrs_w:
            raise oefmt(space, space.w_AttributeError,
                        "'function' object has no attribute '%s'", name)
        del self.attrs_w[name]

    def call(self, space, args):
        return space.interp.call_function(self, args)

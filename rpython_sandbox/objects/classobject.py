"""User classes: their instances, bound methods, the descriptors
(property, staticmethod, classmethod), super(), NotImplemented, and the
special-method protocol (__add__, __eq__, __len__, __iter__, ...).

A class is a W_TypeObject with is_user set, its namespace in `dict_w` and
its C3 method resolution order in `mro_w`.  An instance of a class derived
from a builtin exception is a W_BaseException (exceptionobject.py) with an
attribute dict; any other instance is a W_InstanceObject.  Builtin types
other than `object` and the exceptions cannot be subclassed (a clear
TypeError), so every instance has one of these two layouts.

Special methods are looked up on the class (through the MRO), as CPython
does; the builtin types' own fast paths in space.py are not touched: an
instance overrides W_Root's operations and dispatches to its class here.
"""

from rpython.rlib import jit
from rpython.rlib.objectmodel import compute_identity_hash

from rpython_sandbox.error import OperationError, oefmt
from rpython_sandbox.objects.attributemap import MapStorage
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.typeobject import W_TypeObject
from rpython_sandbox.objects.tupleobject import hash_epoch
from rpython_sandbox.objects.functionobject import (
    W_Function, W_BuiltinFunction, Arguments, method_table)
from rpython_sandbox.objects.intobject import W_BoolObject
from rpython_sandbox import operators as ops

BINOP_NAMES = ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__",
               "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__",
               "__or__", "__xor__", "__matmul__"]
RBINOP_NAMES = ["__r" + _n[2:] for _n in BINOP_NAMES]
IBINOP_NAMES = ["__i" + _n[2:] for _n in BINOP_NAMES]

# The sum of the bases' MRO lengths a class may have: attribute lookups walk
# the MRO without charging work, so its length is bounded.
MAX_MRO_WORK = 1000

# Functions a class body defines under these names are implicitly
# staticmethod / classmethod, as in CPython.
STATIC_NAMES = ["__new__"]
CLASS_NAMES = ["__init_subclass__", "__class_getitem__"]


def compare_name(op):
    if op == ops.LT:
        return "__lt__"
    if op == ops.LE:
        return "__le__"
    if op == ops.GT:
        return "__gt__"
    return "__ge__"


# --- small guest values --------------------------------------------------------

class W_NotImplemented(W_Root):
    _attrs_ = []
    typename = "NotImplementedType"

    def gettype(self, space):
        return space.w_NotImplementedType

    def repr(self, space):
        return u"NotImplemented"

    def hash(self, space):
        return compute_identity_hash(self)

    def eq(self, space, w_other):
        return space.newbool(self is w_other)


class W_SlotFunction(W_Root):
    """A method of a builtin type reachable by guest code (object.__init__,
    BaseException.__str__, list.__getitem__, ...): fn(space, w_self, args).
    w_objtype, when set, is the type the first argument must be an
    instance of (list.__getitem__(5, 0) is a TypeError)."""
    _attrs_ = _immutable_fields_ = ["name", "owner", "fn", "w_objtype", "of_object"]
    typename = "wrapper_descriptor"

    def __init__(self, name, owner, fn, w_objtype=None):
        self.name = name
        self.owner = owner
        self.fn = fn
        self.w_objtype = w_objtype
        self.of_object = owner == "object"      # object's default behaviour

    def gettype(self, space):
        return space.w_builtin_function

    def repr(self, space):
        return u"<slot wrapper '%s' of '%s' objects>" % (
            self.name.decode("utf-8"), self.owner.decode("utf-8"))

    def hash(self, space):
        return compute_identity_hash(self)

    def call(self, space, args):
        if len(args.args_w) == 0:
            raise oefmt(space, space.w_TypeError,
                        "descriptor '%s' of '%s' object needs an argument",
                        self.name, self.owner)
        w_self = args.args_w[0]
        if self.w_objtype is not None and not space.isinstance_w(w_self, self.w_objtype):
            raise oefmt(space, space.w_TypeError,
                        "descriptor '%s' requires a '%s' object but received a '%s'",
                        self.name, self.owner, space.type_name_of(w_self))
        rest = Arguments(args.args_w[1:], args.kw_names, args.kw_values_w)
        return self.fn(space, w_self, rest)


def is_object_slot(w_meth):
    """Is w_meth one of object's own slots (the default behaviour)?"""
    return isinstance(w_meth, W_SlotFunction) and w_meth.of_object


class W_Method(W_Root):
    """A function bound to an object: `obj.method`."""
    _attrs_ = _immutable_fields_ = ["w_func", "w_self"]
    typename = "method"

    def __init__(self, w_func, w_self):
        self.w_func = w_func
        self.w_self = w_self

    def gettype(self, space):
        return space.w_method

    def repr(self, space):
        name = u"?"
        w_name = self.w_func.getattr(space, "__qualname__")
        if w_name is not None:
            name = space.str_u(w_name)
        return u"<bound method %s of %s>" % (name, space.repr_u(self.w_self))

    def eq(self, space, w_other):
        if not isinstance(w_other, W_Method):
            return None
        return space.newbool(self.w_func is w_other.w_func and self.w_self is w_other.w_self)

    def hash(self, space):
        # CPython 3.8+: by identity of self, so methods of unhashable
        # objects (a class with __eq__ and no __hash__) are keys too
        return compute_identity_hash(self.w_func) ^ compute_identity_hash(self.w_self)

    def getattr(self, space, name):
        if name == "__self__":
            return self.w_self
        if name == "__func__":
            return self.w_func
        if name == "__name__" or name == "__qualname__" or name == "__doc__":
            return self.w_func.getattr(space, name)
        return None

    def call(self, space, args):
        return call_with_self(space, self.w_func, self.w_self, args)


class W_StaticMethod(W_Root):
    _attrs_ = _immutable_fields_ = ["w_func"]
    typename = "staticmethod"

    def hash(self, space):
        return compute_identity_hash(self)

    def __init__(self, w_func):
        self.w_func = w_func

    def gettype(self, space):
        return space.w_staticmethod

    def getattr(self, space, name):
        if name == "__func__":
            return self.w_func
        return None

    def call(self, space, args):
        return space.call_args(self.w_func, args)


class W_ClassMethod(W_Root):
    _attrs_ = _immutable_fields_ = ["w_func"]
    typename = "classmethod"

    def hash(self, space):
        return compute_identity_hash(self)

    def __init__(self, w_func):
        self.w_func = w_func

    def gettype(self, space):
        return space.w_classmethod

    def getattr(self, space, name):
        if name == "__func__":
            return self.w_func
        return None


property_methods, propertymethod = method_table()


class W_Property(W_Root):
    _attrs_ = ["w_fget", "w_fset", "w_fdel", "w_doc", "name"]
    _immutable_fields_ = ["w_fget", "w_fset", "w_fdel", "w_doc"]
    typename = "property"
    methods = property_methods

    def hash(self, space):
        return compute_identity_hash(self)

    def __init__(self, w_fget, w_fset, w_fdel, w_doc):
        self.w_fget = w_fget        # None when absent
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc
        self.name = "?"
        if w_fget is not None and isinstance(w_fget, W_Function):
            self.name = w_fget.code.name

    def gettype(self, space):
        return space.w_property

    def getattr(self, space, name):
        if name == "fget":
            return _or_none(space, self.w_fget)
        if name == "fset":
            return _or_none(space, self.w_fset)
        if name == "fdel":
            return _or_none(space, self.w_fdel)
        if name == "__doc__":
            return _or_none(space, self.w_doc)
        return space.lookup_method(self, name)

    def get(self, space, w_obj, w_type):
        if self.w_fget is None:
            raise oefmt(space, space.w_AttributeError,
                        "property '%s' of '%s' object has no getter", self.name, w_type.name)
        return space.call_function(self.w_fget, [w_obj])

    def set(self, space, w_obj, w_type, w_value):
        if self.w_fset is None:
            raise oefmt(space, space.w_AttributeError,
                        "property '%s' of '%s' object has no setter", self.name, w_type.name)
        space.call_function(self.w_fset, [w_obj, w_value])

    def delete(self, space, w_obj, w_type):
        if self.w_fdel is None:
            raise oefmt(space, space.w_AttributeError,
                        "property '%s' of '%s' object has no deleter", self.name, w_type.name)
        space.call_function(self.w_fdel, [w_obj])


def _or_none(space, w_value):
    if w_value is None:
        return space.w_None
    return w_value


def _none_to_null(space, w_value):
    if w_value is None or space.is_none(w_value):
        return None
    return w_value


@propertymethod("getter")
def property_getter(space, w_self, args):
    args.check(space, "getter", 1, 1)
    assert isinstance(w_self, W_Property)
    return W_Property(args.args_w[0], w_self.w_fset, w_self.w_fdel, w_self.w_doc)


@propertymethod("setter")
def property_setter(space, w_self, args):
    args.check(space, "setter", 1, 1)
    assert isinstance(w_self, W_Property)
    w_new = W_Property(w_self.w_fget, args.args_w[0], w_self.w_fdel, w_self.w_doc)
    return w_new


@propertymethod("deleter")
def property_deleter(space, w_self, args):
    args.check(space, "deleter", 1, 1)
    assert isinstance(w_self, W_Property)
    return W_Property(w_self.w_fget, w_self.w_fset, args.args_w[0], w_self.w_doc)


class W_Super(W_Root):
    """super(type, obj): attribute lookup starting after `type` in the MRO
    of obj's class (or of obj itself when obj is a class)."""
    _attrs_ = _immutable_fields_ = ["w_start", "w_obj", "w_objtype"]
    typename = "super"

    def __init__(self, w_start, w_obj, w_objtype):
        self.w_start = w_start
        self.w_obj = w_obj
        self.w_objtype = w_objtype

    def gettype(self, space):
        return space.w_super

    def repr(self, space):
        return u"<super: <class '%s'>, <%s object>>" % (
            self.w_start.name.decode("utf-8"), self.w_objtype.name.decode("utf-8"))

    def getattr(self, space, name):
        if name == "__class__":
            return space.w_super
        mro_w = self.w_objtype.mro_w
        i = 0
        while i < len(mro_w):
            if mro_w[i] is self.w_start:
                break
            i += 1
        i += 1
        while i < len(mro_w):
            w_value = mro_w[i].dict_w.get(name, None)
            if w_value is not None:
                if self.w_obj is self.w_objtype:
                    return bind_to_class(space, w_value, self.w_objtype)
                return bind(space, w_value, self.w_obj, self.w_objtype)
            i += 1
        return None


# --- instances -------------------------------------------------------------------

class W_InstanceObject(MapStorage, W_Root):
    """An instance of a user class; its attributes live in a map
    (attributemap.py).  When the class derives from a builtin type (list,
    int, ...), w_storage is the builtin value it is: the base's slot
    functions (builtinsub.py) act on it."""
    _attrs_ = ["w_class", "attrmap", "storage_w", "dict_w", "w_storage"]
    _immutable_fields_ = ["w_storage"]
    typename = "object"
    iterable = True         # iter() decides, with the class's own message

    def __init__(self, w_class, w_storage=None):
        self.w_class = w_class
        self.init_attributes(w_class.attribute_root)
        self.w_storage = w_storage

    def gettype(self, space):
        return self.w_class

    def _special(self, name):
        return self.w_class.lookup(name)

    def _call_special(self, space, w_meth, args_w):
        return call_bound(space, w_meth, self, args_w)

    # --- truth, text, hashing --------------------------------------------
    def is_true(self, space):
        w_meth = self._special("__bool__")
        if w_meth is not None:
            w_res = self._call_special(space, w_meth, [])
            if not isinstance(w_res, W_BoolObject):
                raise oefmt(space, space.w_TypeError,
                            "__bool__ should return bool, returned %s", type_name(space, w_res))
            return space.is_true(w_res)
        w_meth = self._special("__len__")
        if w_meth is not None:
            return self.length(space) != 0
        return True

    def repr(self, space):
        w_meth = self._special("__repr__")
        if w_meth is None or is_object_slot(w_meth):
            return default_repr(space, self)
        return text_result(space, self._call_special(space, w_meth, []), "__repr__")

    def str(self, space):
        w_meth = self._special("__str__")
        if w_meth is None or is_object_slot(w_meth):
            return self.repr(space)
        return text_result(space, self._call_special(space, w_meth, []), "__str__")

    def hash(self, space):
        w_meth = self._special("__hash__")
        if w_meth is None or space.is_none(w_meth):
            raise oefmt(space, space.w_TypeError, "unhashable type: '%s'", self.w_class.name)
        if is_object_slot(w_meth):
            return compute_identity_hash(self)
        if self.w_storage is not None and isinstance(w_meth, W_SlotFunction):
            return space.hash_w(self.w_storage)
        w_res = self._call_special(space, w_meth, [])
        if not space.is_index(w_res):
            raise oefmt(space, space.w_TypeError,
                        "__hash__ method should return an integer")
        return space.hash_w(w_res)

    # --- comparison and arithmetic -----------------------------------------
    def _binary(self, space, name, w_other):
        w_meth = self._special(name)
        if w_meth is None:
            return None
        w_res = self._call_special(space, w_meth, [w_other])
        if w_res is space.w_NotImplemented:
            return None
        return w_res

    def eq(self, space, w_other):
        if self._subclass_first(w_other, "__eq__", True):
            assert isinstance(w_other, W_InstanceObject)
            w_res = w_other.eq_reflected(space, self)
            if w_res is not None:
                return w_res
        return self.eq_reflected(space, w_other)

    def eq_reflected(self, space, w_other):
        w_meth = self._special("__eq__")
        if w_meth is None or is_object_slot(w_meth):
            if self is w_other:
                return space.w_True
            return None
        return self._binary(space, "__eq__", w_other)

    def ne(self, space, w_other):
        if self._subclass_first(w_other, "__ne__", True):
            assert isinstance(w_other, W_InstanceObject)
            w_res = w_other.ne_reflected(space, self)
            if w_res is not None:
                return w_res
        return self.ne_reflected(space, w_other)

    def ne_reflected(self, space, w_other):
        w_meth = self._special("__ne__")
        if w_meth is None or is_object_slot(w_meth):
            w_res = self.eq_reflected(space, w_other)
            if w_res is None:
                return None
            return space.newbool(not space.is_true(w_res))
        return self._binary(space, "__ne__", w_other)

    def _subclass_first(self, w_other, rname, need_override):
        """CPython tries the right operand's reflected method first when
        its class is a strict subclass of ours (that overrides it, for
        arithmetic)."""
        if not isinstance(w_other, W_InstanceObject):
            return False
        w_cls = w_other.w_class
        if w_cls is self.w_class or not w_cls.issubtype(self.w_class):
            return False
        w_r = w_other._special(rname)
        if w_r is None:
            return False
        return not need_override or w_r is not self._special(rname)

    def compare(self, space, op, w_other):
        rop = ops.reflect(op)
        if self._subclass_first(w_other, compare_name(rop), False):
            assert isinstance(w_other, W_InstanceObject)
            w_res = w_other._binary(space, compare_name(rop), self)
            if w_res is not None:
                return w_res
            w_res = self._binary(space, compare_name(op), w_other)
            if w_res is None:
                raise oefmt(space, space.w_TypeError,
                            "'%s' not supported between instances of '%s' and '%s'",
                            ops.ORDER_SYMBOLS[op], self.w_class.name, w_other.w_class.name)
            return w_res
        return self._binary(space, compare_name(op), w_other)

    def binop(self, space, op, w_other):
        if self._subclass_first(w_other, RBINOP_NAMES[op], True):
            assert isinstance(w_other, W_InstanceObject)
            w_res = w_other._binary(space, RBINOP_NAMES[op], self)
            if w_res is not None:
                return w_res
            w_res = self._binary(space, BINOP_NAMES[op], w_other)
            if w_res is None:
                raise oefmt(space, space.w_TypeError,
                            "unsupported operand type(s) for %s: '%s' and '%s'",
                            ops.BINOP_SYMBOLS[op], self.w_class.name, w_other.w_class.name)
            return w_res
        return self._binary(space, BINOP_NAMES[op], w_other)

    def rbinop(self, space, op, w_other):
        return self._binary(space, RBINOP_NAMES[op], w_other)

    def divmod_special(self, space, w_other):
        """divmod(self, other) by __divmod__, the reflected operand's
        __rdivmod__ first when its class is a subclass that overrides it;
        None: neither answers (NotImplemented or no method)."""
        if self._subclass_first(w_other, "__rdivmod__", True):
            assert isinstance(w_other, W_InstanceObject)
            w_res = w_other._binary(space, "__rdivmod__", self)
            if w_res is not None:
                return w_res
        return self._binary(space, "__divmod__", w_other)

    def inplace_op(self, space, op, w_other):
        return self._binary(space, IBINOP_NAMES[op], w_other)

    def _unary(self, space, name, symbol):
        w_meth = self._special(name)
        if w_meth is None:
            raise oefmt(space, space.w_TypeError, "bad operand type for %s: '%s'",
                        symbol, self.w_class.name)
        return self._call_special(space, w_meth, [])

    def neg(self, space):
        return self._unary(space, "__neg__", "unary -")

    def pos(self, space):
        return self._unary(space, "__pos__", "unary +")

    def invert(self, space):
        return self._unary(space, "__invert__", "unary ~")

    # --- containers -------------------------------------------------------
    def _base_slot(self, w_meth):
        """Is w_meth the builtin base's own slot (no override), so that the
        operation can go to w_storage directly?"""
        return self.w_storage is not None and isinstance(w_meth, W_SlotFunction)

    def length(self, space):
        w_meth = self._special("__len__")
        if self._base_slot(w_meth):
            return self.w_storage.length(space)
        if w_meth is None:
            raise oefmt(space, space.w_TypeError, "object of type '%s' has no len()",
                        self.w_class.name)
        w_res = self._call_special(space, w_meth, [])
        if not space.is_index(w_res):
            raise oefmt(space, space.w_TypeError,
                        "'%s' object cannot be interpreted as an integer", type_name(space, w_res))
        n = space.index_w(w_res)
        if n < 0:
            raise oefmt(space, space.w_ValueError, "__len__() should return >= 0")
        return n

    def getitem(self, space, w_key):
        w_meth = self._special("__getitem__")
        if self._base_slot(w_meth) and self._special("__missing__") is None:
            return self.w_storage.getitem(space, w_key)
        if w_meth is None:
            raise oefmt(space, space.w_TypeError, "'%s' object is not subscriptable",
                        self.w_class.name)
        return self._call_special(space, w_meth, [w_key])

    def setitem(self, space, w_key, w_value):
        w_meth = self._special("__setitem__")
        if self._base_slot(w_meth):
            self.w_storage.setitem(space, w_key, w_value)
            return
        if w_meth is None:
            raise oefmt(space, space.w_TypeError,
                        "'%s' object does not support item assignment", self.w_class.name)
        self._call_special(space, w_meth, [w_key, w_value])

    def delitem(self, space, w_key):
        w_meth = self._special("__delitem__")
        if w_meth is None:
            raise oefmt(space, space.w_TypeError,
                        "'%s' object doesn't support item deletion", self.w_class.name)
        self._call_special(space, w_meth, [w_key])

    def contains(self, space, w_item):
        w_meth = self._special("__contains__")
        if self._base_slot(w_meth):
            return self.w_storage.contains(space, w_item)
        if w_meth is not None:
            return space.is_true(self._call_special(space, w_meth, [w_item]))
        if self._special("__iter__") is None and self._special("__getitem__") is None:
            raise oefmt(space, space.w_TypeError,
                        "argument of type '%s' is not iterable", self.w_class.name)
        return W_Root.contains(self, space, w_item)

    def iter(self, space):
        w_meth = self._special("__iter__")
        if self._base_slot(w_meth):
            return self.w_storage.iter(space)
        if w_meth is None:
            if self._special("__getitem__") is not None:
                return W_SeqIterator(self)
            raise oefmt(space, space.w_TypeError, "'%s' object is not iterable",
                        self.w_class.name)
        w_iter = self._call_special(space, w_meth, [])
        if isinstance(w_iter, W_InstanceObject):
            is_iterator = w_iter._special("__next__") is not None
        else:
            # a builtin iterator is its own iterator
            try:
                is_iterator = w_iter.iter(space) is w_iter
            except OperationError:
                is_iterator = False
        if not is_iterator:
            raise oefmt(space, space.w_TypeError, "iter() returned non-iterator of type '%s'",
                        type_name(space, w_iter))
        return w_iter

    def next(self, space):
        w_meth = self._special("__next__")
        if w_meth is None:
            raise oefmt(space, space.w_TypeError, "'%s' object is not an iterator",
                        self.w_class.name)
        try:
            return self._call_special(space, w_meth, [])
        except OperationError as e:
            if e.w_exc.gettype(space).issubtype(space.w_StopIteration):
                return None
            raise

    # --- attributes and calls --------------------------------------------
    def getattr(self, space, name):
        w_meth = self._special("__getattribute__")
        if w_meth is not None and not is_object_slot(w_meth):
            return user_getattribute(space, self, w_meth, name)
        return generic_getattr(space, self, self.w_class, name)

    def setattr(self, space, name, w_value):
        w_meth = self._special("__setattr__")
        if w_meth is not None and not is_object_slot(w_meth):
            self._call_special(space, w_meth, [space.newtext_utf8(name), w_value])
            return
        generic_setattr(space, self, self.w_class, name, w_value)

    def delattr(self, space, name):
        w_meth = self._special("__delattr__")
        if w_meth is not None and not is_object_slot(w_meth):
            self._call_special(space, w_meth, [space.newtext_utf8(name)])
            return
        generic_delattr(space, self, self.w_class, name)

    def call(self, space, args):
        w_meth = self._special("__call__")
        if w_meth is None:
            raise oefmt(space, space.w_TypeError, "'%s' object is not callable",
                        self.w_class.name)
        return call_with_self(space, w_meth, self, args)


class W_SeqIterator(W_Root):
    """iter() of an object with __getitem__ but no __iter__."""
    _attrs_ = ["w_seq", "index"]
    typename = "iterator"
    iterable = True

    def gettype(self, space):
        from rpython_sandbox.objects.protocoltypes import protocol_type
        return protocol_type(space, self.typename)

    def __init__(self, w_seq):
        self.w_seq = w_seq
        self.index = 0

    def iter(self, space):
        return self

    def next(self, space):
        if self.w_seq is None:
            return None
        try:
            w_item = space.getitem(self.w_seq, space.newint(self.index))
        except OperationError as e:
            t = e.w_exc.gettype(space)
            if t.issubtype(space.w_IndexError) or t.issubtype(space.w_StopIteration):
                self.w_seq = None
                return None
            raise
        self.index += 1
        return w_item


def type_name(space, w_obj):
    return w_obj.gettype(space).name


def default_repr(space, w_obj):
    w_type = w_obj.gettype(space)
    return u"<%s.%s object at 0x%s>" % (
        (w_type.module or "builtins").decode("utf-8"), w_type.qualname.decode("utf-8"),
        unicode("%x" % (compute_identity_hash(w_obj) & 0xffffffff)))


def text_result(space, w_res, name):
    from rpython_sandbox.objects.strobject import W_StrObject
    if not isinstance(w_res, W_StrObject):
        raise oefmt(space, space.w_TypeError, "%s returned non-string (type %s)",
                    name, type_name(space, w_res))
    return w_res.value


# --- calling -----------------------------------------------------------------------

@jit.unroll_safe     # the copy runs once per argument: a constant in a trace
def call_with_self(space, w_func, w_self, args):
    n = len(args.args_w)
    args_w = [None] * (n + 1)
    args_w[0] = w_self
    for i in range(n):
        args_w[i + 1] = args.args_w[i]
    return space.interp.call(w_func, Arguments(args_w, args.kw_names, args.kw_values_w))


def call_bound(space, w_descr, w_self, args_w):
    """Call the special method w_descr (found on w_self's class) on w_self."""
    if isinstance(w_descr, W_Function):
        return space.interp.call(w_descr, Arguments([w_self] + args_w))
    if isinstance(w_descr, W_SlotFunction):
        return w_descr.fn(space, w_self, Arguments(args_w))
    w_bound = bind(space, w_descr, w_self, w_self.gettype(space))
    return space.call_function(w_bound, args_w)


# --- attribute protocol --------------------------------------------------------------

def bind(space, w_descr, w_obj, w_type):
    """What `obj.name` gives for w_descr found on obj's class."""
    from rpython_sandbox.objects.typeattrs import W_UnboundMethod
    if isinstance(w_descr, W_UnboundMethod) and isinstance(w_obj, W_InstanceObject):
        w_storage = w_obj.w_storage
        if w_storage is not None:
            # sub.append: the base's method bound to the value, as for a list
            from rpython_sandbox.objects.functionobject import W_BoundMethod
            return W_BoundMethod(w_storage, w_descr.method)
    if (isinstance(w_descr, W_Function) or isinstance(w_descr, W_SlotFunction)
            or isinstance(w_descr, W_UnboundMethod)):
        return W_Method(w_descr, w_obj)
    if isinstance(w_descr, W_StaticMethod):
        return w_descr.w_func
    if isinstance(w_descr, W_ClassMethod):
        return W_Method(w_descr.w_func, w_type)
    if isinstance(w_descr, W_Property):
        return w_descr.get(space, w_obj, w_type)
    if isinstance(w_descr, W_InstanceObject):
        w_get = w_descr.w_class.lookup("__get__")
        if w_get is not None:
            return call_bound(space, w_get, w_descr, [w_obj, w_type])
    return w_descr


def bind_to_class(space, w_descr, w_type):
    """What `Class.name` gives for w_descr found in the MRO of Class."""
    if isinstance(w_descr, W_StaticMethod):
        return w_descr.w_func
    if isinstance(w_descr, W_ClassMethod):
        return W_Method(w_descr.w_func, w_type)
    if isinstance(w_descr, W_InstanceObject):
        w_get = w_descr.w_class.lookup("__get__")
        if w_get is not None:
            return call_bound(space, w_get, w_descr, [space.w_None, w_type])
    return w_descr


def data_descriptor(w_descr):
    """A user object with __get__ and __set__ or __delete__ on its class:
    it wins over the instance's own attributes."""
    if not isinstance(w_descr, W_InstanceObject):
        return False
    w_cls = w_descr.w_class
    return (w_cls.lookup("__get__") is not None and
            (w_cls.lookup("__set__") is not None or w_cls.lookup("__delete__") is not None))


def user_getattribute(space, w_obj, w_meth, name):
    """A class's own __getattribute__, then __getattr__ on AttributeError."""
    try:
        return call_bound(space, w_meth, w_obj, [space.newtext_utf8(name)])
    except OperationError as e:
        if not e.w_exc.gettype(space).issubtype(space.w_AttributeError):
            raise
        w_getattr = w_obj.gettype(space).lookup("__getattr__")
        if w_getattr is None:
            raise
        return call_bound(space, w_getattr, w_obj, [space.newtext_utf8(name)])


def generic_getattr(space, w_obj, w_type, name):
    """Attribute lookup of objects that may have instance attributes (user
    class instances, exceptions): object_getattr, then __getattr__."""
    w_res = object_getattr(space, w_obj, w_type, name)
    if w_res is not None:
        return w_res
    w_getattr = w_type.lookup("__getattr__")
    if w_getattr is not None:
        return call_bound(space, w_getattr, w_obj, [space.newtext_utf8(name)])
    return None


def object_getattr(space, w_obj, w_type, name):
    """object.__getattribute__: descriptors, the instance's attributes,
    the class's; None when missing."""
    if name == "__class__":
        return w_type
    if name == "__dict__":
        if w_type.slot_names is not None:
            return None         # __slots__ without __dict__: AttributeError
        return attribute_dict(space, w_obj)
    w_descr = w_type.lookup(name)
    if w_descr is not None:
        if isinstance(w_descr, W_Property):
            return w_descr.get(space, w_obj, w_type)
        if data_descriptor(w_descr):
            assert isinstance(w_descr, W_InstanceObject)
            return call_bound(space, w_descr.w_class.lookup("__get__"), w_descr,
                              [w_obj, w_type])
    w_value = w_obj.attr_get(name)
    if w_value is not None:
        return w_value
    if w_descr is not None:
        return bind(space, w_descr, w_obj, w_type)
    return None


def generic_setattr(space, w_obj, w_type, name, w_value):
    w_descr = w_type.lookup(name)
    if w_descr is not None and isinstance(w_descr, W_Property):
        w_descr.set(space, w_obj, w_type, w_value)
        return
    if w_descr is not None and isinstance(w_descr, W_InstanceObject):
        w_set = w_descr.w_class.lookup("__set__")
        if w_set is not None:
            call_bound(space, w_set, w_descr, [w_obj, w_value])
            return
        if w_descr.w_class.lookup("__delete__") is not None:
            raise oefmt(space, space.w_AttributeError, "__set__")
    if not has_instance_dict(w_obj):
        raise oefmt(space, space.w_AttributeError,
                    "'%s' object has no attribute '%s'", w_type.name, name)
    if name == "__class__" or name == "__dict__":
        raise oefmt(space, space.w_AttributeError,
                    "'%s' object attribute '%s' is read-only in the sandbox", w_type.name, name)
    if w_type.slot_names is not None and name not in w_type.slot_names:
        raise oefmt(space, space.w_AttributeError,
                    "'%s' object has no attribute '%s'", w_type.name, name)
    w_obj.attr_set(name, w_value)


def generic_delattr(space, w_obj, w_type, name):
    w_descr = w_type.lookup(name)
    if w_descr is not None and isinstance(w_descr, W_Property):
        w_descr.delete(space, w_obj, w_type)
        return
    if w_descr is not None and isinstance(w_descr, W_InstanceObject):
        w_del = w_descr.w_class.lookup("__delete__")
        if w_del is not None:
            call_bound(space, w_del, w_descr, [w_obj])
            return
        if w_descr.w_class.lookup("__set__") is not None:
            raise oefmt(space, space.w_AttributeError, "__delete__")
    if not has_instance_dict(w_obj) or not w_obj.attr_del(name):
        raise oefmt(space, space.w_AttributeError,
                    "'%s' object has no attribute '%s'", w_type.name, name)


def attribute_dict(space, w_obj):
    """obj.__dict__ and vars(obj) of an instance: a live view of its
    attributes (attrdict.py)."""
    from rpython_sandbox.objects.attrdict import W_AttrDict
    if not has_instance_dict(w_obj):
        return dict_snapshot(space, w_obj)
    return W_AttrDict(w_obj)


def dict_snapshot(space, w_obj):
    """vars(obj) and obj.__dict__: a copy (the sandbox keeps attributes in
    its own table; changing the copy does not change the object)."""
    w_dict = space.newdict()
    names, values_w = w_obj.attr_items()
    for i in range(len(names)):
        w_dict.setitem(space, space.newtext_utf8(names[i]), values_w[i])
    return w_dict


def namespace_snapshot(space, dict_w):
    """vars(cls) and cls.__dict__: a copy of a class's namespace."""
    w_dict = space.newdict()
    for name, w_value in dict_w.items():
        w_dict.setitem(space, space.newtext_utf8(name), w_value)
    return w_dict


_TYPE_READONLY = ["__name__", "__qualname__", "__mro__", "__bases__", "__base__",
                  "__dict__", "__class__", "__module__"]


def type_getattr(space, w_type, name):
    if name == "__name__":
        return space.newtext_utf8(w_type.name)
    if name == "__qualname__":
        return space.newtext_utf8(w_type.qualname)
    if name == "__mro__":
        return space.newtuple([w_t for w_t in w_type.mro_w])
    if name == "__bases__":
        return space.newtuple([w_t for w_t in w_type.bases_w])
    if name == "__base__":
        if w_type.w_base is None:
            return space.w_None
        return w_type.w_base
    if name == "__class__":
        return w_type.gettype(space)
    if name == "__module__":
        if w_type.module is None:
            return space.newtext(u"builtins")
        return space.newtext_utf8(w_type.module)
    if name == "__dict__":
        if not w_type.is_user:
            return None
        return namespace_snapshot(space, w_type.dict_w)
    w_meta = w_type.w_metaclass
    if w_meta is not None:
        # a property or data descriptor of the metaclass wins
        w_mdescr = w_meta.lookup(name)
        if w_mdescr is not None and (isinstance(w_mdescr, W_Property) or
                                     data_descriptor(w_mdescr)):
            return bind(space, w_mdescr, w_type, w_meta)
    w_value = w_type.lookup(name)
    if w_value is None:
        if w_meta is not None:
            w_mdescr = w_meta.lookup(name)
            if w_mdescr is not None:
                return bind(space, w_mdescr, w_type, w_meta)
        if name == "__doc__":
            return space.w_None
        if name == "__annotations__" and w_type.is_user:
            # made on first use, as CPython 3.10+
            w_ann = space.newdict()
            w_type.dict_w[name] = w_ann
            w_type.changed()
            return w_ann
        # int.from_bytes, str.maketrans, str.lower as an unbound method, ...
        from rpython_sandbox.objects.typeattrs import type_attribute
        if w_type.is_user:
            from rpython_sandbox.objects.builtinsub import subclass_type_function
            return subclass_type_function(space, w_type, name)
        return type_attribute(space, w_type, name)
    return bind_to_class(space, w_value, w_type)


def meta_setattr(space, w_type, name, w_value):
    """C.name = value: the metaclass's __setattr__ when it defines one."""
    w_meta = w_type.w_metaclass
    if w_meta is not None:
        w_meth = w_meta.lookup("__setattr__")
        if w_meth is not None and not is_object_slot(w_meth):
            call_bound(space, w_meth, w_type, [space.newtext_utf8(name), w_value])
            return
    type_setattr(space, w_type, name, w_value)


def meta_delattr(space, w_type, name):
    w_meta = w_type.w_metaclass
    if w_meta is not None:
        w_meth = w_meta.lookup("__delattr__")
        if w_meth is not None and not is_object_slot(w_meth):
            call_bound(space, w_meth, w_type, [space.newtext_utf8(name)])
            return
    type_delattr(space, w_type, name)


def type_setattr(space, w_type, name, w_value):
    if not w_type.is_user:
        raise oefmt(space, space.w_TypeError,
                    "cannot set '%s' attribute of immutable type '%s'", name, w_type.name)
    if name in _TYPE_READONLY:
        raise oefmt(space, space.w_AttributeError,
                    "attribute '%s' of type '%s' is read-only in the sandbox", name, w_type.name)
    w_type.dict_w[name] = w_value
    w_type.changed()
    if name == "__hash__":
        hash_epoch.bump()       # tuples' remembered hashes (tupleobject.py)


def type_delattr(space, w_type, name):
    if not w_type.is_user:
        raise oefmt(space, space.w_TypeError,
                    "cannot delete '%s' attribute of immutable type '%s'", name, w_type.name)
    if name not in w_type.dict_w:
        raise oefmt(space, space.w_AttributeError,
                    "type object '%s' has no attribute '%s'", w_type.name, name)
    del w_type.dict_w[name]
    w_type.changed()
    if name == "__hash__":
        hash_epoch.bump()


# --- making classes and instances ---------------------------------------------------

def compute_mro(space, bases_w):
    """C3 linearisation (without the class itself), with CPython's error
    for an inconsistent order."""
    total = len(bases_w)
    for w_base in bases_w:
        total += len(w_base.mro_w)
    if total > MAX_MRO_WORK:
        # bounds the work of every attribute lookup (it walks the MRO)
        raise oefmt(space, space.w_TypeError,
                    "class hierarchy too large for pypy-sandbox (at most %d classes in the bases' MROs)",
                    MAX_MRO_WORK)
    space.charge_work(total * len(bases_w) + 1)
    seqs = []
    for w_base in bases_w:
        seqs.append([w_t for w_t in w_base.mro_w])
    seqs.append([w_t for w_t in bases_w])
    result = []
    while True:
        live = []
        for seq in seqs:
            if len(seq) > 0:
                live.append(seq)
        seqs = live
        if len(seqs) == 0:
            return result
        w_cand = None
        for seq in seqs:
            w_head = seq[0]
            in_tail = False
            for other in seqs:
                for j in range(1, len(other)):
                    if other[j] is w_head:
                        in_tail = True
                        break
                if in_tail:
                    break
            if not in_tail:
                w_cand = w_head
                break
        if w_cand is None:
            names = []
            for seq in seqs:
                name = seq[0].name
                if name not in names:
                    names.append(name)
            raise oefmt(space, space.w_TypeError,
                        "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                        ", ".join(names))
        result.append(w_cand)
        for seq in seqs:
            if seq[0] is w_cand:
                del seq[0]


# builtin types that cannot be a base in CPython either
_NOT_BASE_TYPES = ["bool", "range", "slice", "NoneType", "function", "method",
                   "builtin_function_or_method", "generator", "NotImplementedType"]


def make_class(space, qualname, bases_w, dict_w, w_meta=None, kw_names=None,
               kw_values_w=None, name=None, body_code=None):
    """The class a class statement (or type(name, bases, dict)) makes.
    w_meta: its metaclass when not `type`; kw_names/kw_values_w: the class
    keyword arguments, for __init_subclass__; body_code: the class
    statement's body (its classes may be recurring, typeobject.py)."""
    from rpython_sandbox.objects.strobject import W_StrObject
    from rpython_sandbox.wire import encode_utf8
    if name is None:
        name = qualname
        i = qualname.rfind(".")
        if i >= 0:
            start = i + 1
            assert start >= 0
            name = qualname[start:]
    if len(bases_w) == 0:
        bases_w = [space.w_object]
    is_exception = False
    w_layout = None
    for i in range(len(bases_w)):
        w_base = bases_w[i]
        for j in range(i):
            if bases_w[j] is w_base:
                raise oefmt(space, space.w_TypeError, "duplicate base class %s", w_base.name)
        if w_base.is_exception:
            is_exception = True
        elif (not w_base.is_user and w_base is not space.w_object
                and w_base.w_layout is None):
            if w_base.name in _NOT_BASE_TYPES:
                raise oefmt(space, space.w_TypeError,
                            "type '%s' is not an acceptable base type", w_base.name)
            raise oefmt(space, space.w_TypeError,
                        "subclassing the builtin type '%s' is not supported by pypy-sandbox",
                        w_base.name)
        w_l = w_base.w_layout
        if w_l is not None:
            if w_layout is None or w_l.issubtype(w_layout):
                w_layout = w_l
            elif not w_layout.issubtype(w_l):
                raise oefmt(space, space.w_TypeError,
                            "multiple bases have instance lay-out conflict")
    if is_exception and w_layout is not None:
        raise oefmt(space, space.w_TypeError, "multiple bases have instance lay-out conflict")
    mro_tail_w = compute_mro(space, bases_w)
    module = "__main__"
    w_mod = dict_w.get("__module__", None)
    if w_mod is not None and isinstance(w_mod, W_StrObject):
        module = encode_utf8(w_mod.value)
    recurring_root = None
    if body_code is not None:
        recurring_root = body_code.recurring_class_root()
    w_type = W_TypeObject(name, bases_w[0], None, is_exception, bases_w, True,
                          qualname, module, mro_tail_w, w_layout, w_meta,
                          recurring_root=recurring_root)
    if "__eq__" in dict_w and "__hash__" not in dict_w:
        dict_w["__hash__"] = space.w_None
    for n in STATIC_NAMES:
        w_f = dict_w.get(n, None)
        if w_f is not None and isinstance(w_f, W_Function):
            dict_w[n] = W_StaticMethod(w_f)
    for n in CLASS_NAMES:
        w_f = dict_w.get(n, None)
        if w_f is not None and isinstance(w_f, W_Function):
            dict_w[n] = W_ClassMethod(w_f)
    for key, w_value in dict_w.items():
        _set_defining_class(w_value, w_type)
        if isinstance(w_value, W_Property):
            w_value.name = key          # what CPython's __set_name__ does
    w_type.set_namespace(dict_w)
    w_slots = dict_w.get("__slots__", None)
    if w_slots is not None:
        w_type.slot_names = slot_names(space, w_type, w_slots)
    for w_base in bases_w:
        if w_base.is_user:
            w_base.subclasses_w.append(w_type)
    # __set_name__ of the descriptors, then the bases' __init_subclass__
    for key, w_value in dict_w.items():
        if isinstance(w_value, W_InstanceObject):
            w_sn = w_value.w_class.lookup("__set_name__")
            if w_sn is not None:
                call_bound(space, w_sn, w_value, [w_type, space.newtext_utf8(key)])
    if kw_names is None:
        kw_names = []
        kw_values_w = []
    w_super = W_Super(w_type, w_type, w_type)
    w_isc = w_super.getattr(space, "__init_subclass__")
    if w_isc is not None:
        space.call_args(w_isc, Arguments([], kw_names, kw_values_w))
    return w_type


def slot_names(space, w_type, w_slots):
    """The attribute names instances of w_type may have, given the class
    body's __slots__ (a str or an iterable of str; private names mangled
    as CPython does); None when an instance keeps a __dict__ anyway: a
    '__dict__' slot, or a base (other than object) without __slots__."""
    from rpython_sandbox.space import builtin_value
    from rpython_sandbox.objects.strobject import W_StrObject
    from rpython_sandbox.wire import encode_utf8
    if isinstance(builtin_value(w_slots), W_StrObject):
        items_w = [w_slots]
    else:
        items_w = space.unpack_iterable(w_slots)
    names = []
    has_dict = False
    stripped = w_type.name.lstrip("_")
    for w_item in items_w:
        w_str = builtin_value(w_item)
        if not isinstance(w_str, W_StrObject):
            raise oefmt(space, space.w_TypeError, "__slots__ items must be strings, not '%s'",
                        type_name(space, w_item))
        name = encode_utf8(w_str.value)
        if name == "__dict__":
            has_dict = True
        elif (name.startswith("__") and not name.endswith("__") and stripped != ""):
            names.append("_" + stripped + name)
        else:
            names.append(name)
    for w_base in w_type.bases_w:
        for w_t in w_base.mro_w:
            if w_t is space.w_object:
                continue
            if not w_t.is_user or w_t.slot_names is None:
                has_dict = True
            else:
                names.extend(w_t.slot_names)
    if has_dict:
        return None
    return names


def _set_defining_class(w_value, w_type):
    """Remember in each function of the class body the class it belongs
    to: zero-argument super() reads it (the sandbox has no __class__ cell)."""
    if isinstance(w_value, W_StaticMethod):
        w_value = w_value.w_func
    elif isinstance(w_value, W_ClassMethod):
        w_value = w_value.w_func
    if isinstance(w_value, W_Property):
        for w_f in [w_value.w_fget, w_value.w_fset, w_value.w_fdel]:
            if isinstance(w_f, W_Function) and w_f.w_defclass is None:
                w_f.w_defclass = w_type
        return
    if isinstance(w_value, W_Function) and w_value.w_defclass is None:
        w_value.w_defclass = w_type


def instantiate(space, w_type, args):
    """type.__call__: __new__, then __init__ when __new__ gave an instance
    of the class."""
    from rpython_sandbox.objects.exceptionobject import W_BaseException
    w_new = w_type.lookup("__new__")
    if w_new is space.w_object_new or w_new is space.w_exception_new:
        # no __new__ of its own: the common case, without a call
        if w_type.is_exception:
            w_inst = W_BaseException(w_type, args.args_w[:])
        else:
            w_inst = W_InstanceObject(w_type)
        w_init = w_type.lookup("__init__")
        if w_init is None or isinstance(w_init, W_SlotFunction):
            if not w_type.is_exception and (len(args.args_w) > 0 or len(args.kw_names) > 0):
                raise oefmt(space, space.w_TypeError, "%s() takes no arguments", w_type.name)
            if w_type.is_exception and len(args.kw_names) > 0:
                raise oefmt(space, space.w_TypeError, "%s() takes no keyword arguments",
                            w_type.name)
            return w_inst
    else:
        w_newfunc = w_new
        if isinstance(w_new, W_StaticMethod):
            w_newfunc = w_new.w_func
        w_inst = call_with_self(space, w_newfunc, w_type, args)
        if not w_inst.gettype(space).issubtype(w_type):
            return w_inst
        w_init = w_inst.gettype(space).lookup("__init__")
        if w_init is None or is_object_slot(w_init):
            return w_inst
    w_res = call_with_self(space, w_init, w_inst, args)
    if not space.is_none(w_res):
        raise oefmt(space, space.w_TypeError, "__init__() should return None, not '%s'",
                    type_name(space, w_res))
    return w_inst


# --- the builtin types' slot functions ------------------------------------------------

def object_init(space, w_self, args):
    if len(args.args_w) > 0 or len(args.kw_names) > 0:
        raise oefmt(space, space.w_TypeError,
                    "object.__init__() takes exactly one argument (the instance to initialize)")
    return space.w_None


def object_repr(space, w_self, args):
    return space.newtext(default_repr(space, w_self))


def object_str(space, w_self, args):
    return space.newtext(space.repr_u(w_self))


def object_eq(space, w_self, args):
    args.check(space, "__eq__", 1, 1)
    if w_self is args.args_w[0]:
        return space.w_True
    return space.w_NotImplemented


def object_ne(space, w_self, args):
    args.check(space, "__ne__", 1, 1)
    w_res = space.eq(w_self, args.args_w[0])
    return space.newbool(not space.is_true(w_res))


def object_hash(space, w_self, args):
    return space.newint(compute_identity_hash(w_self))


def object_setattr(space, w_self, args):
    from rpython_sandbox.objects.strobject import W_StrObject
    from rpython_sandbox.wire import encode_utf8
    args.check(space, "__setattr__", 2, 2)
    w_name = args.args_w[0]
    if not isinstance(w_name, W_StrObject):
        raise oefmt(space, space.w_TypeError, "attribute name must be string, not '%s'",
                    type_name(space, w_name))
    name = encode_utf8(w_name.value)
    if isinstance(w_self, W_TypeObject):
        type_setattr(space, w_self, name, args.args_w[1])     # user classes only
        return space.w_None
    w_type = w_self.gettype(space)
    generic_setattr(space, w_self, w_type, name, args.args_w[1])
    return space.w_None


def object_delattr(space, w_self, args):
    from rpython_sandbox.objects.strobject import W_StrObject
    from rpython_sandbox.wire import encode_utf8
    args.check(space, "__delattr__", 1, 1)
    w_name = args.args_w[0]
    if not isinstance(w_name, W_StrObject):
        raise oefmt(space, space.w_TypeError, "attribute name must be string, not '%s'",
                    type_name(space, w_name))
    if isinstance(w_self, W_TypeObject):
        type_delattr(space, w_self, encode_utf8(w_name.value))
        return space.w_None
    generic_delattr(space, w_self, w_self.gettype(space), encode_utf8(w_name.value))
    return space.w_None


def object_getattribute(space, w_self, args):
    from rpython_sandbox.objects.strobject import W_StrObject
    from rpython_sandbox.wire import encode_utf8
    args.check(space, "__getattribute__", 1, 1)
    w_name = args.args_w[0]
    if not isinstance(w_name, W_StrObject):
        raise oefmt(space, space.w_TypeError, "attribute name must be string, not '%s'",
                    type_name(space, w_name))
    name = encode_utf8(w_name.value)
    if isinstance(w_self, W_InstanceObject):
        w_res = object_getattr(space, w_self, w_self.w_class, name)
        if w_res is None:
            raise oefmt(space, space.w_AttributeError, "'%s' object has no attribute '%s'",
                        w_self.w_class.name, name)
        return w_res
    if isinstance(w_self, W_TypeObject):
        w_res = type_getattr(space, w_self, name)   # no metaclass __getattr__
        if w_res is None:
            raise oefmt(space, space.w_AttributeError,
                        "type object '%s' has no attribute '%s'", w_self.name, name)
        return w_res
    return space.getattr(w_self, name)


def has_instance_dict(w_obj):
    """Whether guest code may set attributes on w_obj (instances of user
    classes and exceptions; not `object()` itself)."""
    from rpython_sandbox.objects.exceptionobject import W_BaseException
    if isinstance(w_obj, W_InstanceObject):
        return w_obj.w_class.is_user
    return isinstance(w_obj, W_BaseException)


def exception_add_note(space, w_self, args):
    """BaseException.add_note (3.11): append to the __notes__ list."""
    from rpython_sandbox.objects.exceptionobject import W_BaseException
    from rpython_sandbox.objects.strobject import W_StrObject
    from rpython_sandbox.objects.listobject import W_ListObject
    from rpython_sandbox.space import builtin_value
    args.check(space, "add_note", 1, 1)
    if not isinstance(w_self, W_BaseException):
        raise oefmt(space, space.w_TypeError,
                    "descriptor 'add_note' requires a 'BaseException' object")
    w_note = args.args_w[0]
    if not isinstance(builtin_value(w_note), W_StrObject):
        raise oefmt(space, space.w_TypeError, "note must be a str, not '%s'",
                    space.type_name_of(w_note))
    w_notes = w_self.attr_get("__notes__")
    if w_notes is None:
        w_notes = space.newlist([])
        w_self.attr_set("__notes__", w_notes)
    if not isinstance(w_notes, W_ListObject):
        raise oefmt(space, space.w_TypeError, "Cannot add note: __notes__ is not a list")
    w_notes.append(space, w_note)
    return space.w_None


def exception_init(space, w_self, args):
    from rpython_sandbox.objects.exceptionobject import W_BaseException
    if not isinstance(w_self, W_BaseException):
        raise oefmt(space, space.w_TypeError,
                    "descriptor '__init__' requires a 'BaseException' object")
    if len(args.kw_names) > 0:
        raise oefmt(space, space.w_TypeError, "%s() takes no keyword arguments",
                    w_self.w_type.name)
    w_self.args_w = args.args_w[:]
    return space.w_None


def exception_str(space, w_self, args):
    from rpython_sandbox.objects.exceptionobject import W_BaseException
    assert isinstance(w_self, W_BaseException)
    return space.newtext(w_self.default_str(space))


def exception_repr(space, w_self, args):
    from rpython_sandbox.objects.exceptionobject import W_BaseException
    assert isinstance(w_self, W_BaseException)
    return space.newtext(w_self.default_repr(space))


# --- the types of this module, made with the space -----------------------------------

def construct_object(space, w_type, args):
    if len(args.args_w) > 0 or len(args.kw_names) > 0:
        raise oefmt(space, space.w_TypeError, "object() takes no arguments")
    return W_InstanceObject(space.w_object)


def construct_property(space, w_type, args):
    allowed = ["fget", "fset", "fdel", "doc"]
    args.check(space, "property", 0, 4, allow_kw=True)
    vals_w = [None, None, None, None]
    for i in range(len(args.args_w)):
        vals_w[i] = args.args_w[i]
    for i in range(4):
        w_kw = args.keyword(space, "property", allowed[i], None, allowed)
        if w_kw is not None:
            vals_w[i] = w_kw
    return W_Property(_none_to_null(space, vals_w[0]), _none_to_null(space, vals_w[1]),
                      _none_to_null(space, vals_w[2]), _none_to_null(space, vals_w[3]))


def construct_staticmethod(space, w_type, args):
    args.check(space, "staticmethod", 1, 1)
    return W_StaticMethod(args.args_w[0])


def construct_classmethod(space, w_type, args):
    args.check(space, "classmethod", 1, 1)
    return W_ClassMethod(args.args_w[0])


def construct_super(space, w_type, args):
    args.check(space, "super", 0, 2)
    if len(args.args_w) == 0:
        raise oefmt(space, space.w_RuntimeError, "super(): no arguments")
    w_start = args.args_w[0]
    if not isinstance(w_start, W_TypeObject):
        raise oefmt(space, space.w_TypeError, "super() argument 1 must be a type, not %s",
                    type_name(space, w_start))
    if len(args.args_w) == 1:
        raise oefmt(space, space.w_TypeError,
                    "super() with one argument is not supported by pypy-sandbox")
    w_obj = args.args_w[1]
    if isinstance(w_obj, W_TypeObject) and w_obj.issubtype(w_start):
        return W_Super(w_start, w_obj, w_obj)
    w_objtype = w_obj.gettype(space)
    if not w_objtype.issubtype(w_start):
        raise oefmt(space, space.w_TypeError,
                    "super(type, obj): obj must be an instance or subtype of type")
    return W_Super(w_start, w_obj, w_objtype)


def make_class_types(space):
    """Called once by the space: the types of this module and the slot
    functions of object and BaseException."""
    w_object = space.w_object
    space.w_NotImplementedType = W_TypeObject("NotImplementedType", w_object)
    space.w_NotImplemented = W_NotImplemented()
    space.w_method = W_TypeObject("method", w_object)
    space.w_property = W_TypeObject("property", w_object, construct_property)
    space.w_staticmethod = W_TypeObject("staticmethod", w_object, construct_staticmethod)
    space.w_classmethod = W_TypeObject("classmethod", w_object, construct_classmethod)
    space.w_super = W_TypeObject("super", w_object, construct_super)
    d = w_object.dict_w
    for name, fn in [("__init__", object_init), ("__repr__", object_repr),
                     ("__str__", object_str), ("__eq__", object_eq), ("__ne__", object_ne),
                     ("__hash__", object_hash), ("__setattr__", object_setattr),
                     ("__delattr__", object_delattr),
                     ("__getattribute__", object_getattribute)]:
        d[name] = W_SlotFunction(name, "object", fn)


def add_exception_slots(space):
    d = space.w_BaseException.dict_w
    for name, fn in [("__init__", exception_init), ("__str__", exception_str),
                     ("__repr__", exception_repr), ("add_note", exception_add_note)]:
        d[name] = W_SlotFunction(name, "BaseException", fn)


# --- exceptions of user classes -------------------------------------------------------

def user_exception_text(space, w_exc, name):
    w_meth = w_exc.w_type.lookup(name)
    if w_meth is None or isinstance(w_meth, W_SlotFunction):
        if name == "__str__":
            return w_exc.default_str(space)
        return w_exc.default_repr(space)
    return text_result(space, call_bound(space, w_meth, w_exc, []), name)


def exception_setattr(space, w_exc, name, w_value):
    from rpython_sandbox.objects.tupleobject import W_TupleObject
    if name == "args":
        w_value = space.newtuple(space.unpack_iterable(w_value))
        assert isinstance(w_value, W_TupleObject)
        w_exc.args_w = w_value.items_w
        return
    if name == "__cause__":
        if space.is_none(w_value):
            w_exc.w_cause = None
        elif isinstance(w_value, W_TypeObject) or not w_value.gettype(space).is_exception:
            raise oefmt(space, space.w_TypeError,
                        "exception cause must be None or derive from BaseException")
        else:
            w_exc.w_cause = w_value
        w_exc.suppress_context = True
        return
    if name == "__context__":
        if space.is_none(w_value):
            w_exc.w_context = None
        elif isinstance(w_value, W_TypeObject) or not w_value.gettype(space).is_exception:
            raise oefmt(space, space.w_TypeError,
                        "exception context must be None or derive from BaseException")
        else:
            w_exc.w_context = w_value
        return
    if name == "__suppress_context__":
        w_exc.suppress_context = space.is_true(w_value)
        return
    w_meth = w_exc.w_type.lookup("__setattr__")
    if w_meth is not None and not isinstance(w_meth, W_SlotFunction):
        call_bound(space, w_meth, w_exc, [space.newtext_utf8(name), w_value])
        return
    generic_setattr(space, w_exc, w_exc.w_type, name, w_value)


# --- the `with` statement -------------------------------------------------------------

def with_enter(space, w_mgr):
    """SETUP_WITH: (bound __exit__, result of __enter__()), looked up on the
    manager's class as CPython does."""
    w_type = w_mgr.gettype(space)
    w_enter = w_type.lookup("__enter__")
    w_exit = w_type.lookup("__exit__")
    if w_enter is None:
        raise oefmt(space, space.w_TypeError,
                    "'%s' object does not support the context manager protocol",
                    space.type_name_of(w_mgr))
    if w_exit is None:
        raise oefmt(space, space.w_TypeError,
                    "'%s' object does not support the context manager protocol "
                    "(missed __exit__ method)", space.type_name_of(w_mgr))
    w_bound_exit = bind(space, w_exit, w_mgr, w_type)
    w_value = call_bound(space, w_enter, w_mgr, [])
    return w_bound_exit, w_value


def special_abs(space, w_obj):
    """abs() of an instance with __abs__, else None."""
    if isinstance(w_obj, W_InstanceObject):
        w_meth = w_obj.w_class.lookup("__abs__")
        if w_meth is not None:
            return call_bound(space, w_meth, w_obj, [])
    return None


def type_new(space, w_name, w_bases, w_dict, kw_names=None, kw_values_w=None):
    """type(name, bases, dict, **kw): when a base has a metaclass, that
    metaclass is called instead (its __new__ and __init__), as CPython."""
    from rpython_sandbox.objects.tupleobject import W_TupleObject
    if isinstance(w_bases, W_TupleObject):
        bases_w = []
        for w_base in w_bases.items_w:
            if isinstance(w_base, W_TypeObject):
                bases_w.append(w_base)
        w_winner = calculate_meta(space, None, bases_w)
        if w_winner is not space.w_type:
            return space.call_args(w_winner, Arguments([w_name, w_bases, w_dict],
                                                       kw_names, kw_values_w))
    return type_new_full(space, space.w_type, w_name, w_bases, w_dict, kw_names, kw_values_w)


def format_instance(space, w_obj, spec):
    """format(obj, spec) for an instance of a user class: its __format__,
    else object's (str(obj) for an empty spec, a TypeError otherwise)."""
    w_meth = w_obj.w_class.lookup("__format__")
    if w_meth is not None and not isinstance(w_meth, W_SlotFunction):
        from rpython_sandbox.objects.strobject import W_StrObject
        w_res = call_bound(space, w_meth, w_obj, [space.newtext(spec)])
        if not isinstance(w_res, W_StrObject):
            raise oefmt(space, space.w_TypeError, "__format__ must return a str, not %s",
                        type_name(space, w_res))
        return w_res.value
    if w_obj.w_storage is not None and len(spec) > 0:
        # the base type's __format__ (f"{celsius:.1f}")
        from rpython_sandbox.objects.formatting import format_with_spec
        return format_with_spec(space, w_obj.w_storage, spec)
    if len(spec) > 0:
        raise oefmt(space, space.w_TypeError,
                    "unsupported format string passed to %s.__format__", w_obj.w_class.name)
    return space.str_u(w_obj)


# --- metaclasses ------------------------------------------------------------------------

def meta_text(space, w_cls, w_meth, name):
    """repr()/str() of a class through its metaclass, or None for type's."""
    if isinstance(w_meth, W_SlotFunction):
        return None
    return text_result(space, call_bound(space, w_meth, w_cls, []), name)


def meta_is_true(space, w_cls):
    w_meth = w_cls._meta("__bool__")
    if w_meth is not None:
        return space.is_true(call_bound(space, w_meth, w_cls, []))
    w_meth = w_cls._meta("__len__")
    if w_meth is not None:
        return space.index_w(call_bound(space, w_meth, w_cls, [])) != 0
    return True


def meta_call(space, w_cls, name, args_w, what):
    w_meth = w_cls._meta(name)
    if w_meth is None:
        if what == "has no len()":
            raise oefmt(space, space.w_TypeError, "object of type 'type' has no len()")
        raise oefmt(space, space.w_TypeError, "'type' object %s", what)
    return call_bound(space, w_meth, w_cls, args_w)


def class_getitem(space, w_cls, w_key):
    """Class[key]: the metaclass's __getitem__, the class's
    __class_getitem__, or a generic alias of a builtin type (list[int])."""
    w_meth = w_cls._meta("__getitem__")
    if w_meth is not None:
        return call_bound(space, w_meth, w_cls, [w_key])
    w_cg = w_cls.lookup("__class_getitem__")
    if w_cg is not None:
        return space.call_function(bind_to_class(space, w_cg, w_cls), [w_key])
    from rpython_sandbox.objects.typingobject import builtin_generic
    w_res = builtin_generic(space, w_cls, w_key)
    if w_res is not None:
        return w_res
    raise oefmt(space, space.w_TypeError, "type '%s' is not subscriptable", w_cls.name)


def meta_type_call(space, w_cls, args):
    """Calling a class whose metaclass is a user class: the metaclass's
    __call__ when it defines one, else type.__call__."""
    w_meta = w_cls.w_metaclass
    assert w_meta is not None
    w_call = w_meta.lookup("__call__")
    if w_call is None or w_call is space.w_type_call:
        return instantiate(space, w_cls, args)
    return call_with_self(space, w_call, w_cls, args)


def calculate_meta(space, w_meta, bases_w):
    """The most derived metaclass of w_meta (or type) and the bases'
    metaclasses, with CPython's error for a conflict."""
    w_winner = w_meta
    if w_winner is None:
        w_winner = space.w_type
    for w_base in bases_w:
        w_t = w_base.gettype(space)
        if w_winner.issubtype(w_t):
            continue
        if w_t.issubtype(w_winner):
            w_winner = w_t
            continue
        raise oefmt(space, space.w_TypeError,
                    "metaclass conflict: the metaclass of a derived class must be a "
                    "(non-strict) subclass of the metaclasses of all its bases")
    return w_winner


def type_new_full(space, w_mcs, w_name, w_bases, w_dict, kw_names, kw_values_w):
    """type.__new__(mcs, name, bases, ns, **kw): a class from guest data,
    as a class statement would make it, with the winning metaclass."""
    from rpython_sandbox.objects.strobject import W_StrObject
    from rpython_sandbox.objects.tupleobject import W_TupleObject
    from rpython_sandbox.objects.dictobject import W_DictObject
    from rpython_sandbox.wire import encode_utf8
    if not isinstance(w_name, W_StrObject):
        raise oefmt(space, space.w_TypeError,
                    "type.__new__() argument 1 must be str, not %s", type_name(space, w_name))
    if not isinstance(w_bases, W_TupleObject):
        raise oefmt(space, space.w_TypeError,
                    "type.__new__() argument 2 must be tuple, not %s", type_name(space, w_bases))
    w_d = w_dict
    if isinstance(w_d, W_InstanceObject) and w_d.w_storage is not None:
        w_d = w_d.w_storage
    if not isinstance(w_d, W_DictObject):
        raise oefmt(space, space.w_TypeError,
                    "type.__new__() argument 3 must be dict, not %s", type_name(space, w_dict))
    bases_w = []
    for w_base in w_bases.items_w:
        if not isinstance(w_base, W_TypeObject):
            raise oefmt(space, space.w_TypeError, "class bases must be classes, not '%s'",
                        type_name(space, w_base))
        bases_w.append(w_base)
    dict_w = {}
    for w_key, w_value in w_d.data.items():
        if not isinstance(w_key, W_StrObject):
            raise oefmt(space, space.w_TypeError, "type() namespace keys must be str")
        dict_w[encode_utf8(w_key.value)] = w_value
    if "__module__" not in dict_w:
        # type(name, bases, ns): the calling code's module, as CPython
        frame = space.interp.topframeref()
        if frame is None:
            dict_w["__module__"] = space.newtext(u"__main__")
        else:
            dict_w["__module__"] = frame.w_module.dunder_name(space)
    qualname = encode_utf8(w_name.value)
    w_qual = dict_w.get("__qualname__", None)
    if w_qual is not None:
        if not isinstance(w_qual, W_StrObject):
            raise oefmt(space, space.w_TypeError,
                        "type __qualname__ must be a str, not %s", type_name(space, w_qual))
        qualname = encode_utf8(w_qual.value)
        del dict_w["__qualname__"]
    w_winner = calculate_meta(space, w_mcs, bases_w)
    w_meta = None
    if w_winner is not space.w_type:
        w_meta = w_winner
    return make_class(space, qualname, bases_w, dict_w, w_meta, kw_names, kw_values_w,
                      encode_utf8(w_name.value))


def class_keywords(space, w_kwargs):
    """BUILD_CLASS_KW's dict of keywords: (the metaclass= value or None,
    the other keywords' names and values)."""
    from rpython_sandbox.objects.dictobject import W_DictObject
    from rpython_sandbox.objects.strobject import W_StrObject
    from rpython_sandbox.wire import encode_utf8
    kw_names = []
    kw_values_w = []
    w_meta = None
    if w_kwargs is None:
        return w_meta, kw_names, kw_values_w
    if not isinstance(w_kwargs, W_DictObject):
        raise oefmt(space, space.w_TypeError, "BUILD_CLASS_KW needs a dict of keywords")
    for w_key, w_value in w_kwargs.data.items():
        if not isinstance(w_key, W_StrObject):
            raise oefmt(space, space.w_TypeError, "keywords must be strings")
        name = encode_utf8(w_key.value)
        if name == "metaclass":
            w_meta = w_value
        else:
            kw_names.append(name)
            kw_values_w.append(w_value)
    return w_meta, kw_names, kw_values_w


def call_metaclass(space, w_meta, w_qualname, types_w, namespace, kw_names, kw_values_w,
                   prepare, w_prepared=None):
    """A class statement with a metaclass other than type.  With prepare:
    the namespace __prepare__ returns (or None).  Else: the class body's
    namespace, written in order into the prepared mapping (or a new dict),
    and metaclass(name, bases, namespace, **keywords)."""
    from rpython_sandbox.objects.strobject import W_StrObject
    assert isinstance(w_qualname, W_StrObject)
    qualname = w_qualname.value
    i = qualname.rfind(u".")
    w_name = w_qualname
    if i >= 0:
        start = i + 1
        assert start >= 0
        w_name = space.newtext(qualname[start:])
    w_bases = space.newtuple([w_t for w_t in types_w])
    if prepare:
        if not isinstance(w_meta, W_TypeObject):
            return None
        w_prep = w_meta.lookup("__prepare__")
        if w_prep is None:
            return None
        w_func = bind_to_class(space, w_prep, w_meta)
        w_ns = space.call_args(w_func, Arguments([w_name, w_bases], kw_names, kw_values_w))
        from rpython_sandbox.space import builtin_value
        from rpython_sandbox.objects.dictobject import W_DictObject
        if not isinstance(builtin_value(w_ns), W_DictObject) and \
                w_ns.gettype(space).lookup("__setitem__") is None:
            raise oefmt(space, space.w_TypeError,
                        "%s.__prepare__() must return a mapping, not %s",
                        w_meta.name, type_name(space, w_ns))
        return w_ns
    w_ns = w_prepared
    if w_ns is None:
        w_ns = space.newdict()
    assert namespace is not None
    for key, w_value in namespace.items():
        space.setitem(w_ns, space.newtext_utf8(key), w_value)
    return space.call_args(w_meta, Arguments([w_name, w_bases, w_ns], kw_names, kw_values_w))


def meta_check(space, w_cls, name, w_arg):
    """A metaclass's __instancecheck__/__subclasscheck__ (abc.ABCMeta's),
    or -1 when it has none."""
    if not isinstance(w_cls, W_TypeObject) or w_cls.w_metaclass is None:
        return -1
    w_meth = w_cls.w_metaclass.lookup(name)
    if w_meth is None:
        return -1
    return int(space.is_true(call_bound(space, w_meth, w_cls, [w_arg])))


def divmod_special(space, w_a, w_b):
    """divmod(a, b) through the guest classes' __divmod__/__rdivmod__, as
    CPython's binary_op1 tries nb_divmod; None when neither operand's class
    answers, so that the builtin numbers' divmod applies."""
    if isinstance(w_a, W_InstanceObject):
        w_res = w_a.divmod_special(space, w_b)
        if w_res is not None:
            return w_res
    if isinstance(w_b, W_InstanceObject):
        if isinstance(w_a, W_InstanceObject) and w_a.w_class is w_b.w_class:
            return None     # same class: __rdivmod__ is not tried
        return w_b._binary(space, "__rdivmod__", w_a)
    return None

"""W_Root: the base of every guest object, with the default behaviour of
every operation (mostly "TypeError: unsupported").

Operations that may be undefined for a pair of types return None to mean
CPython's NotImplemented, so the space can try the reflected operation.
"""

from rpython_sandbox.error import oefmt


class W_Root(object):
    _attrs_ = []
    typename = "object"
    iterable = False     # does iter() work on it (for CPython's error wording)
    methods = {}    # name -> BuiltinMethod: what the guest can call on it

    def gettype(self, space):
        return space.w_object

    # --- instance attributes (objects/attributemap.py, exceptions) ---------
    # Only objects with a __dict__ in CPython's sense have them; the class
    # decides whether guest code may set them (classobject.has_instance_dict).
    def attr_get(self, name):
        return None

    def attr_set(self, name, w_value):
        raise AssertionError("object has no attributes")

    def attr_del(self, name):
        return False

    def attr_items(self):
        """(names, values) in insertion order."""
        return [], []

    def attr_count(self):
        return 0

    def attr_clear(self):
        pass

    # --- truth, text, hashing --------------------------------------------
    def is_true(self, space):
        return True

    def repr(self, space):
        """Return the repr as unicode."""
        return u"<%s object>" % self.typename.decode("ascii")

    def str(self, space):
        return self.repr(space)

    def hash(self, space):
        raise oefmt(space, space.w_TypeError, "unhashable type: '%s'", self.typename)

    # --- comparison and arithmetic: None means NotImplemented -------------
    def eq(self, space, w_other):
        return None

    def eq_reflected(self, space, w_other):
        """`self == w_other` tried after w_other's own __eq__ gave
        NotImplemented (user classes skip their subclass-first rule)."""
        return self.eq(space, w_other)

    def ne_reflected(self, space, w_other):
        return self.ne(space, w_other)

    def ne(self, space, w_other):
        """`self != w_other` when the type defines it (user classes), else
        None: the space then negates ==."""
        return None

    def compare(self, space, op, w_other):
        """Ordering: op is one of '<', '<=', '>', '>='."""
        return None

    def binop(self, space, op, w_other):
        return None

    def rbinop(self, space, op, w_other):
        return None

    def inplace_op(self, space, op, w_other):
        return None

    def neg(self, space):
        raise oefmt(space, space.w_TypeError, "bad operand type for unary -: '%s'", self.typename)

    def pos(self, space):
        raise oefmt(space, space.w_TypeError, "bad operand type for unary +: '%s'", self.typename)

    def invert(self, space):
        raise oefmt(space, space.w_TypeError, "bad operand type for unary ~: '%s'", self.typename)

    # --- containers -------------------------------------------------------
    def length(self, space):
        raise oefmt(space, space.w_TypeError, "object of type '%s' has no len()", self.typename)

    def getitem(self, space, w_key):
        raise oefmt(space, space.w_TypeError, "'%s' object is not subscriptable", self.typename)

    def setitem(self, space, w_key, w_value):
        raise oefmt(space, space.w_TypeError, "'%s' object does not support item assignment", self.typename)

    def delitem(self, space, w_key):
        raise oefmt(space, space.w_TypeError, "'%s' object does not support item deletion", self.typename)

    def contains(self, space, w_item):
        """`w_item in self`; the default iterates."""
        w_iter = self.iter(space)
        while True:
            w_next = w_iter.next(space)
            if w_next is None:
                return False
            if space.eq_w(w_next, w_item):
                return True

    def iter(self, space):
        raise oefmt(space, space.w_TypeError, "'%s' object is not iterable", self.typename)

    def next(self, space):
        """Next item of an iterator, or None when it is exhausted."""
        raise oefmt(space, space.w_TypeError, "'%s' object is not an iterator", self.typename)

    def unpack(self, space):
        """The items of an iterable as an RPython list (a fresh copy)."""
        w_iter = self.iter(space)
        items_w = []
        while True:
            w_next = w_iter.next(space)
            if w_next is None:
                return items_w
            space.check_interrupts_every(len(items_w))
            items_w.append(w_next)

    # --- attributes and calls --------------------------------------------
    def getattr(self, space, name):
        """Attribute `name` (an RPython str) or None if it does not exist."""
        return space.lookup_method(self, name)

    def setattr(self, space, name, w_value):
        raise oefmt(space, space.w_AttributeError,
                    "'%s' object attribute '%s' is read-only", self.typename, name)

    def delattr(self, space, name):
        if self.getattr(space, name) is None:
            raise oefmt(space, space.w_AttributeError,
                        "'%s' object has no attribute '%s'", self.typename, name)
        raise oefmt(space, space.w_AttributeError,
                    "'%s' object attribute '%s' is read-only", self.typename, name)

    def call(self, space, args):
        raise oefmt(space, space.w_TypeError, "'%s' object is not callable", self.typename)

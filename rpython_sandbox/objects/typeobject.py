"""Types as guest values (int, str, list, ValueError, ...): callable to make
instances, usable with isinstance() and `except`.  There are no guest
classes yet, so every type is built by the space at start-up."""

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.error import oefmt


class W_TypeObject(W_Root):
    _attrs_ = _immutable_fields_ = ["name", "w_base", "construct", "is_exception"]
    typename = "type"

    def __init__(self, name, w_base, construct=None, is_exception=False):
        self.name = name
        self.w_base = w_base            # single inheritance is enough for builtins
        self.construct = construct      # fn(space, w_type, args) or None
        self.is_exception = is_exception

    def gettype(self, space):
        return space.w_type

    def repr(self, space):
        return u"<class '%s'>" % self.name.decode("utf-8")

    def hash(self, space):
        from rpython.rlib.objectmodel import compute_identity_hash
        return compute_identity_hash(self)

    def eq(self, space, w_other):
        return space.newbool(self is w_other)

    def issubtype(self, w_other):
        w_type = self
        while w_type is not None:
            if w_type is w_other:
                return True
            w_type = w_type.w_base
        return False

    def getattr(self, space, name):
        if name == "__name__" or name == "__qualname__":
            return space.newtext_utf8(self.name)
        from rpython_sandbox.objects.typeattrs import type_attribute
        return type_attribute(space, self, name)

    def call(self, space, args):
        if self.is_exception:
            args.check(space, self.name, 0, 65535)
            return space.new_exception(self, args.args_w)
        if self.construct is None:
            raise oefmt(space, space.w_TypeError, "cannot create '%s' instances", self.name)
        return self.construct(space, self, args)

"""None, the only instance of NoneType, and Ellipsis (`...`), the only
instance of ellipsis: singletons made once per process (space.py)."""

from rpython_sandbox.objects.root import W_Root


class W_NoneObject(W_Root):
    _attrs_ = []
    typename = "NoneType"

    def gettype(self, space):
        return space.w_NoneType

    def is_true(self, space):
        return False

    def repr(self, space):
        return u"None"

    def hash(self, space):
        return 0xFCA86420

    def eq(self, space, w_other):
        return space.newbool(w_other is self)


class W_EllipsisObject(W_Root):
    _attrs_ = []
    typename = "ellipsis"

    def gettype(self, space):
        return space.w_ellipsis

    def repr(self, space):
        return u"Ellipsis"

    def hash(self, space):
        from rpython.rlib.objectmodel import compute_identity_hash
        return compute_identity_hash(self)

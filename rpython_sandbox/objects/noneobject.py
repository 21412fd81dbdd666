"""None, the only instance of NoneType."""

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

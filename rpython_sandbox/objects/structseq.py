"""Named tuples of the runtime (sys.float_info, sys.int_info): a tuple
whose items are also attributes, printed as CPython prints them."""

from rpython_sandbox.objects.tupleobject import W_TupleObject


class W_StructSeq(W_TupleObject):
    _attrs_ = _immutable_fields_ = ["seq_name", "field_names"]

    def __init__(self, seq_name, field_names, items_w):
        W_TupleObject.__init__(self, items_w)
        self.seq_name = seq_name
        self.field_names = field_names

    def repr(self, space):
        parts = []
        for i in range(len(self.items_w)):
            parts.append(self.field_names[i].decode("utf-8") + u"=" +
                         space.repr_u(self.items_w[i]))
        return self.seq_name.decode("utf-8") + u"(" + u", ".join(parts) + u")"

    def getattr(self, space, name):
        for i in range(len(self.field_names)):
            if self.field_names[i] == name:
                return self.items_w[i]
        return W_TupleObject.getattr(self, space, name)

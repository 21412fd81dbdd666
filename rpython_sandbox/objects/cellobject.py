"""W_Cell: one variable shared between a function and the functions nested
in it (a closure).  A cell lives in a local slot of each frame that uses the
variable (LOAD_DEREF/STORE_DEREF); the guest never gets a handle on it: it
has no attributes (no `cell_contents`) and functions have no `__closure__`.
"""

from rpython_sandbox.objects.root import W_Root


class W_Cell(W_Root):
    _attrs_ = ["w_value"]
    typename = "cell"

    def __init__(self, w_value):
        self.w_value = w_value      # None: the variable is unbound

    def gettype(self, space):
        return space.w_object

    def repr(self, space):
        return u"<cell>"

    def getattr(self, space, name):
        return None

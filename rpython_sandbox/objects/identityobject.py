"""Identity keys: `_copy.identity(x)` (builtins/interp_copy.py), what
`id(x)` is to CPython's copy module, the key of deepcopy's memo dict.

The sandbox has no id() (an address is not the guest's business), so the
key is a small object holding x: equal to another key exactly when both
hold the same object, hashed by x's identity hash.  Holding x also keeps
it alive while the memo lives, as CPython's memo[id(memo)] list does.  The
dict compares two keys without the general protocol (dictobject._key_eq).
"""

from rpython.rlib.objectmodel import compute_identity_hash

from rpython_sandbox.objects.root import W_Root


class W_IdentityKey(W_Root):
    _attrs_ = _immutable_fields_ = ["w_obj"]
    typename = "identity"

    def __init__(self, w_obj):
        self.w_obj = w_obj

    def gettype(self, space):
        return space.w_identity_key

    def repr(self, space):
        return u"<identity of %s>" % space.repr_u(self.w_obj)

    def hash(self, space):
        return compute_identity_hash(self.w_obj)

    def eq(self, space, w_other):
        if not isinstance(w_other, W_IdentityKey):
            return None
        return space.newbool(self.w_obj is w_other.w_obj)

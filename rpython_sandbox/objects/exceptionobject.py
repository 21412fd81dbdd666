"""Exception instances: their class, args, cause and traceback.

The traceback is a list of (code, line) entries, innermost first, added as
the exception leaves each frame; the host receives it as plain data."""

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.typeobject import W_TypeObject


class TracebackEntry(object):
    _immutable_ = True

    def __init__(self, code, lineno):
        self.code = code
        self.lineno = lineno


class W_BaseException(W_Root):
    _attrs_ = ["w_type", "args_w", "w_cause", "traceback", "last_frame", "dict_w",
               "w_context", "suppress_context"]
    typename = "BaseException"

    def __init__(self, w_type, args_w):
        assert isinstance(w_type, W_TypeObject)
        self.w_type = w_type
        self.args_w = args_w
        self.w_cause = None
        self.traceback = []
        self.last_frame = None   # the frame that last added a traceback entry
        self.dict_w = None       # attributes set by guest code, made on first use
        self.w_context = None
        self.suppress_context = False

    # exceptions rarely get attributes: a plain dict, made on first use
    def attr_get(self, name):
        if self.dict_w is None:
            return None
        return self.dict_w.get(name, None)

    def attr_set(self, name, w_value):
        if self.dict_w is None:
            self.dict_w = {}
        self.dict_w[name] = w_value

    def attr_del(self, name):
        if self.dict_w is None or name not in self.dict_w:
            return False
        del self.dict_w[name]
        return True

    def attr_count(self):
        return 0 if self.dict_w is None else len(self.dict_w)

    def attr_clear(self):
        self.dict_w = None

    def attr_items(self):
        names = []
        values_w = []
        if self.dict_w is not None:
            for name, w_value in self.dict_w.items():
                names.append(name)
                values_w.append(w_value)
        return names, values_w

    def gettype(self, space):
        return self.w_type

    def get_type_name(self):
        return self.w_type.qualname

    def str(self, space):
        if self.w_type.is_user:
            from rpython_sandbox.objects.classobject import user_exception_text
            return user_exception_text(space, self, "__str__")
        return self.default_str(space)

    def repr(self, space):
        if self.w_type.is_user:
            from rpython_sandbox.objects.classobject import user_exception_text
            return user_exception_text(space, self, "__repr__")
        return self.default_repr(space)

    def default_str(self, space):
        if len(self.args_w) == 0:
            return u""
        if len(self.args_w) == 1:
            if self.w_type.issubtype(space.w_KeyError):
                return space.repr_u(self.args_w[0])
            return space.str_u(self.args_w[0])
        return space.repr_u(space.newtuple(self.args_w))

    def default_repr(self, space):
        name = self.w_type.name.decode("utf-8")
        if len(self.args_w) == 1:
            return name + u"(" + space.repr_u(self.args_w[0]) + u")"
        return name + space.repr_u(space.newtuple(self.args_w))

    def hash(self, space):
        from rpython.rlib.objectmodel import compute_identity_hash
        return compute_identity_hash(self)

    def getattr(self, space, name):
        if name == "args":
            return space.newtuple(self.args_w[:])
        if name == "__cause__":
            if self.w_cause is None:
                return space.w_None
            return self.w_cause
        if name == "__context__":
            if self.w_context is None:
                return space.w_None
            return self.w_context
        if name == "__suppress_context__":
            return space.newbool(self.suppress_context)
        if name == "__class__":
            return self.w_type
        if name == "value" and self.w_type.issubtype(space.w_StopIteration):
            if len(self.args_w) == 0:
                return space.w_None
            return self.args_w[0]
        if name == "code" and self.w_type.issubtype(space.w_SystemExit):
            if self.dict_w is None or "code" not in self.dict_w:
                if len(self.args_w) == 0:
                    return space.w_None
                return self.args_w[0]
        from rpython_sandbox.objects.classobject import generic_getattr
        return generic_getattr(space, self, self.w_type, name)

    def setattr(self, space, name, w_value):
        from rpython_sandbox.objects.classobject import exception_setattr
        exception_setattr(space, self, name, w_value)

    def add_traceback(self, frame, code, lineno):
        if self.last_frame is frame:
            return      # re-raised inside the same frame: CPython lists it once
        self.last_frame = frame
        self.traceback.append(TracebackEntry(code, lineno))

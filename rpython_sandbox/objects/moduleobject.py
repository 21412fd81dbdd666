"""Modules: a name and its globals, stored as cells.

A cell never leaves its module once made, so LOAD_GLOBAL can find it with an
elidable lookup that the JIT folds away, leaving a single read of the cell's
current value in the trace.

A module also answers the attribute protocol of root.py (attr_get, ...):
`globals()` is the live dict view of attrdict.py over it.

The builtin `globals` is bound to a module here (W_GlobalsFunction): the
builtins module holds only a placeholder, GLOBALS_BUILTIN, which the
interpreter replaces (LOAD_GLOBAL, LOAD_NAME) by the looking-up module's
own function.  So `globals()` reaches only the namespace of the module
whose code named `globals`, wherever the function is later called from
(`defaultdict(globals)` in a library gives the caller's namespace, not
the library's), and never the builtins' or another module's."""

from rpython.rlib import jit
from rpython.rlib.objectmodel import compute_identity_hash

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.root import W_Root


class Cell(object):
    _attrs_ = ["w_value"]

    def __init__(self, w_value):
        self.w_value = w_value      # None: the name is unbound


class W_ModuleObject(W_Root):
    _attrs_ = ["name", "cells", "w_globals_fn"]
    _immutable_fields_ = ["name", "cells"]
    typename = "module"

    def __init__(self, name):
        self.name = name
        self.cells = {}
        self.w_globals_fn = None    # made on the first lookup of `globals`

    def gettype(self, space):
        return space.w_module

    def repr(self, space):
        return u"<module '%s'>" % self.name.decode("utf-8")

    def hash(self, space):
        return compute_identity_hash(self)

    def dunder_name(self, space):
        """The module's global __name__ (what a class body's __module__
        is, as CPython takes it from the globals), else its own name."""
        from rpython_sandbox.objects.strobject import W_StrObject
        w_name = self.getvalue("__name__")
        if w_name is not None and isinstance(w_name, W_StrObject):
            return w_name
        return space.newtext_utf8(self.name)

    @jit.elidable
    def get_cell(self, name):
        """The cell for `name`, made empty on first use; always the same cell
        for the same name, which is what makes this elidable."""
        cell = self.cells.get(name, None)
        if cell is None:
            cell = Cell(None)
            self.cells[name] = cell
        return cell

    def getvalue(self, name):
        return self.get_cell(name).w_value

    def setvalue(self, name, w_value):
        self.get_cell(name).w_value = w_value

    def clear(self):
        """Unbind every name (the cells stay: compiled code may hold them)."""
        for cell in self.cells.values():
            cell.w_value = None

    def getattr(self, space, name):
        return self.getvalue(name)

    def setattr(self, space, name, w_value):
        self.setvalue(name, w_value)

    def delattr(self, space, name):
        if not self.attr_del(name):
            raise oefmt(space, space.w_AttributeError,
                        "'module' object has no attribute '%s'", name)

    def names(self):
        """Bound names, in definition order."""
        result = []
        for name, cell in self.cells.items():
            if cell.w_value is not None:
                result.append(name)
        return result

    def globals_function(self):
        """This module's `globals` (one per module: `globals is globals`)."""
        if self.w_globals_fn is None:
            self.w_globals_fn = W_GlobalsFunction(self)
        return self.w_globals_fn

    # --- the attribute protocol of root.py: globals()'s live view -----------
    def attr_get(self, name):
        cell = self.cells.get(name, None)
        if cell is None:
            return None
        return cell.w_value

    def attr_set(self, name, w_value):
        self.setvalue(name, w_value)

    def attr_del(self, name):
        cell = self.cells.get(name, None)
        if cell is None or cell.w_value is None:
            return False
        cell.w_value = None
        return True

    def attr_items(self):
        names = []
        values_w = []
        for name, cell in self.cells.items():
            if cell.w_value is not None:
                names.append(name)
                values_w.append(cell.w_value)
        return names, values_w

    def attr_count(self):
        count = 0
        for cell in self.cells.values():
            if cell.w_value is not None:
                count += 1
        return count

    def attr_clear(self):
        self.clear()


class W_GlobalsFunction(W_Root):
    """`globals` as one module's code sees it: that module's namespace as
    a live dict view.  GLOBALS_BUILTIN (no module) is the builtins'
    placeholder, never handed to guest code."""
    _attrs_ = _immutable_fields_ = ["w_module"]
    typename = "builtin_function_or_method"

    def __init__(self, w_module):
        self.w_module = w_module

    def gettype(self, space):
        return space.w_builtin_function

    def repr(self, space):
        return u"<built-in function globals>"

    def hash(self, space):
        return compute_identity_hash(self)

    def call(self, space, args):
        from rpython_sandbox.objects.attrdict import W_AttrDict
        args.check(space, "globals", 0, 0)
        if self.w_module is None:
            raise oefmt(space, space.w_RuntimeError, "globals() outside a module")
        return W_AttrDict(self.w_module)


GLOBALS_BUILTIN = W_GlobalsFunction(None)

"""W_Code: a verified code object, as the interpreter runs it.

Built by wire.py from the 15 fields of docs/bytecode.md and checked by
verifier.py before anything can run it.  Everything here is immutable (but a
class body's count of the classes it made, which traces never read), so
the JIT, which sees the code object as a green (constant), folds every read.
"""

from rpython.rlib import jit

from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.opcodes import (INSTR_SIZE, CO_VARARGS, CO_VARKEYWORDS, CO_MODULE, CO_COROUTINE,
                                     CO_GENERATOR, CO_POSONLY_SHIFT, CO_POSONLY_MASK)


# classes one class statement makes before its classes count as recurring
RECURRING_AFTER = 3


class W_Code(W_Root):
    _immutable_fields_ = [
        "name", "filename", "firstlineno", "argcount", "kwonlyargcount",
        "nlocals", "flags", "varnames[*]", "code", "consts_w[*]", "names[*]",
        "lines[*]", "stacksize", "ninstrs"]
    _attrs_ = [f.replace("[*]", "") for f in _immutable_fields_] + [
        "classes_made", "class_root"]
    typename = "code"

    def __init__(self, name, filename, firstlineno, argcount, kwonlyargcount,
                 nlocals, flags, varnames, code, consts_w, names, lines, stacksize):
        self.name = name
        self.filename = filename
        self.firstlineno = firstlineno
        self.argcount = argcount
        self.kwonlyargcount = kwonlyargcount
        self.nlocals = nlocals
        self.flags = flags
        self.varnames = varnames
        self.code = code
        self.consts_w = consts_w
        self.names = names
        self.lines = lines
        self.stacksize = stacksize
        self.ninstrs = len(code) // INSTR_SIZE
        self.classes_made = 0       # a class body: classes made from it so far
        self.class_root = None

    def recurring_class_root(self):
        """For a class body: None while it has made few classes, then the
        attribute map root its classes share (typeobject.py, `recurring`)."""
        self.classes_made += 1
        if self.classes_made <= RECURRING_AFTER:
            return None
        if self.class_root is None:
            from rpython_sandbox.objects.attributemap import new_root
            self.class_root = new_root()
        return self.class_root

    def repr(self, space):
        return u"<code object %s>" % self.name.decode("utf-8")

    def opcode_at(self, pc):
        return ord(self.code[pc * INSTR_SIZE])

    def oparg_at(self, pc):
        i = pc * INSTR_SIZE
        arg = ord(self.code[i + 1]) | (ord(self.code[i + 2]) << 8)
        assert arg >= 0     # tells the annotator (and the JIT) it indexes safely
        return arg

    def has_varargs(self):
        return self.flags & CO_VARARGS != 0

    def has_varkeywords(self):
        return self.flags & CO_VARKEYWORDS != 0

    def is_generator(self):
        return self.flags & CO_GENERATOR != 0

    def is_coroutine(self):
        return self.flags & CO_COROUTINE != 0

    def posonlyargcount(self):
        return (self.flags >> CO_POSONLY_SHIFT) & CO_POSONLY_MASK

    def is_module(self):
        return self.flags & CO_MODULE != 0

    def line_at(self, pc):
        if 0 <= pc < len(self.lines):
            return self.lines[pc]
        return self.firstlineno

    @jit.elidable
    def keyword_slot(self, name):
        """The local slot of the parameter a keyword argument `name` may
        bind (not a positional-only one), or -1.  Elidable: a call site's
        keyword names are constants, so the JIT folds the search away."""
        for i in range(self.posonlyargcount(), self.argcount + self.kwonlyargcount):
            if self.varnames[i] == name:
                return i
        return -1

    def nparams(self):
        """Local slots that hold parameters (incl. *args and **kwargs)."""
        n = self.argcount + self.kwonlyargcount
        if self.has_varargs():
            n += 1
        if self.has_varkeywords():
            n += 1
        return n

"""Types as guest values (int, str, list, ValueError, user classes, ...):
callable to make instances, usable with isinstance() and `except`.

Builtin types are built by the space at start-up; user classes are made by
the BUILD_CLASS opcode (objects/classobject.py).  Every type has its method
resolution order in `mro_w` and, for lookups through the MRO, a dict of
attributes `dict_w` (name -> value): a user class's namespace, or for a
builtin type the few slot functions guest code may reach through `super()`
(object.__init__, BaseException.__init__, ...)."""

from rpython.rlib import jit
from rpython.rlib.objectmodel import compute_identity_hash, compute_hash
from rpython.rlib.rarithmetic import intmask, r_uint, LONG_BIT

from rpython_sandbox.objects.attributemap import new_root
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.error import oefmt

# After this many changes to a class's attributes, lookups in it (and its
# subclasses) stop being cached for the JIT: a class used as a counter
# (`C.n += 1` in a loop) would otherwise invalidate compiled code forever.
MAX_CACHED_MUTATIONS = 20


class VersionTag(object):
    """Identity changes whenever a lookup's result may change."""


# The method cache: (version tag, name) -> what the MRO walk found (None
# included: a miss such as getattr(x, "__deepcopy__", None) is cached too).
# A class's tag is replaced on every change to its dict or to a base's
# (W_TypeObject.changed), so a stale entry is never hit again and nothing
# has to be flushed; classes whose tag is None (changed too often) are not
# cached.  It serves the interpreter and the JIT's residual calls of
# _pure_lookup (a name that is not a constant in the trace).  Tags belong to
# one class, so sandboxes never see each other's entries; Sandbox.release
# clears the cache anyway so it does not keep a dead sandbox's values alive.
METHOD_CACHE_BITS = 11
METHOD_CACHE_SIZE = 1 << METHOD_CACHE_BITS


class MethodCache(object):
    def __init__(self):
        self.tags = [None] * METHOD_CACHE_SIZE
        self.names = [""] * METHOD_CACHE_SIZE
        self.results_w = [None] * METHOD_CACHE_SIZE

    def clear(self):
        for i in range(METHOD_CACHE_SIZE):
            self.tags[i] = None
            self.names[i] = ""
            self.results_w[i] = None


method_cache = MethodCache()


GOLDEN = r_uint(0x9E3779B97F4A7C15 if LONG_BIT == 64 else 0x9E3779B9)


def _cache_index(tag, name):
    # multiplicative hashing: the high bits of the product mix both hashes
    h = r_uint(compute_identity_hash(tag)) ^ r_uint(compute_hash(name))
    h = h * GOLDEN
    return intmask(h >> (LONG_BIT - METHOD_CACHE_BITS))


class W_TypeObject(W_Root):
    _attrs_ = ["name", "qualname", "w_base", "construct", "is_exception",
               "is_user", "bases_w", "mro_w", "dict_w", "module", "version_tag",
               "mutations", "subclasses_w", "w_layout", "w_metaclass",
               "attribute_root", "slot_names", "recurring"]
    _immutable_fields_ = ["name", "qualname", "w_base", "construct", "is_exception",
                          "is_user", "bases_w", "mro_w", "module", "version_tag?",
                          "w_layout", "w_metaclass", "attribute_root", "recurring"]
    typename = "type"

    def __init__(self, name, w_base, construct=None, is_exception=False,
                 bases_w=None, is_user=False, qualname=None, module=None,
                 mro_tail_w=None, w_layout=None, w_metaclass=None, subclassable=False,
                 recurring_root=None):
        self.name = name
        self.qualname = qualname if qualname is not None else name
        self.w_base = w_base            # the first base (the layout's base)
        self.construct = construct      # fn(space, w_type, args) or None
        self.is_exception = is_exception
        self.is_user = is_user          # made by a class statement
        self.module = module            # "__main__" for user classes
        if bases_w is None:
            bases_w = [] if w_base is None else [w_base]
        self.bases_w = bases_w
        self.dict_w = {}
        self.version_tag = VersionTag()     # None: lookups are not cached
        self.mutations = 0
        self.subclasses_w = []              # user subclasses, told of changes
        # the builtin type whose value an instance wraps (list, int, ...;
        # builtinsub.py), or `type` for a metaclass, or None
        self.w_layout = w_layout
        if subclassable:
            self.w_layout = self
        self.w_metaclass = w_metaclass      # a user metaclass, or None for `type`
        # the empty layout of this class's instances (objects/attributemap.py)
        self.attribute_root = new_root()
        # a user class whose __slots__ leave its instances no __dict__: the
        # attribute names they may have (its and its bases' slots); None
        # when instances take any attribute (classobject.make_class)
        self.slot_names = None
        # A class statement run again and again (a class made inside a
        # function at each call) makes a new class each time.  Compiled code
        # specialised on one of them (a promoted class, its maps) would only
        # fail for the next, and the JIT would compile the same loop again
        # per class.  Such classes are not promoted (lookups go through the
        # method cache), and their instances share the maps of all classes
        # of that statement (maps hold attribute names only).
        self.recurring = recurring_root is not None
        if recurring_root is not None:
            self.attribute_root = recurring_root
        if not is_user:
            # a builtin type's MRO is its chain of bases
            mro_w = []
            w_t = self
            while w_t is not None:
                mro_w.append(w_t)
                w_t = w_t.w_base
            self.mro_w = mro_w
        else:
            # a user class: itself, then the C3 order of its bases
            # (classobject.compute_mro)
            assert mro_tail_w is not None
            self.mro_w = [self] + mro_tail_w

    def gettype(self, space):
        if self.w_metaclass is not None:
            return self.w_metaclass
        return space.w_type

    def _meta(self, name):
        """A special method of this class's metaclass (a user metaclass
        only: `type` has none of the container protocol)."""
        w_meta = self.w_metaclass
        if w_meta is None:
            return None
        return w_meta.lookup(name)

    def repr(self, space):
        w_meth = self._meta("__repr__")
        if w_meth is not None:
            from rpython_sandbox.objects.classobject import meta_text
            w_res = meta_text(space, self, w_meth, "__repr__")
            if w_res is not None:
                return w_res
        return self.default_repr()

    def str(self, space):
        w_meth = self._meta("__str__")
        if w_meth is not None:
            from rpython_sandbox.objects.classobject import meta_text
            w_res = meta_text(space, self, w_meth, "__str__")
            if w_res is not None:
                return w_res
        return self.repr(space)

    def default_repr(self):
        if self.module is not None:
            return u"<class '%s.%s'>" % (self.module.decode("utf-8"),
                                         self.qualname.decode("utf-8"))
        return u"<class '%s'>" % self.name.decode("utf-8")

    def hash(self, space):
        from rpython.rlib.objectmodel import compute_identity_hash
        return compute_identity_hash(self)

    def eq(self, space, w_other):
        return space.newbool(self is w_other)

    def is_true(self, space):
        if self.w_metaclass is None:
            return True
        from rpython_sandbox.objects.classobject import meta_is_true
        return meta_is_true(space, self)

    def length(self, space):
        from rpython_sandbox.objects.classobject import meta_call
        return space.index_w(meta_call(space, self, "__len__", [], "has no len()"))

    def getitem(self, space, w_key):
        from rpython_sandbox.objects.classobject import class_getitem
        return class_getitem(space, self, w_key)

    def contains(self, space, w_item):
        w_meth = self._meta("__contains__")
        if w_meth is not None:
            from rpython_sandbox.objects.classobject import call_bound
            return space.is_true(call_bound(space, w_meth, self, [w_item]))
        return W_Root.contains(self, space, w_item)

    def iter(self, space):
        from rpython_sandbox.objects.classobject import meta_call
        return space.iter(meta_call(space, self, "__iter__", [], "is not iterable"))

    def binop(self, space, op, w_other):
        from rpython_sandbox.objects.typingobject import type_or
        return type_or(space, op, self, w_other)

    def rbinop(self, space, op, w_other):
        from rpython_sandbox.objects.typingobject import type_or
        return type_or(space, op, w_other, self)

    def issubtype(self, w_other):
        if self is w_other:
            return True
        for w_type in self.mro_w:
            if w_type is w_other:
                return True
        return False

    def lookup(self, name):
        """`name` in the dicts of the MRO, or None.  With a known class and
        a constant name the JIT folds it away until the class changes."""
        if self.recurring:
            # not promoted (see __init__): a residual call into the cache
            tag = self.version_tag
            if tag is None:
                return self._lookup_walk(name)
            return self._pure_lookup(name, tag)
        w_self = jit.promote(self)
        tag = w_self.version_tag
        if tag is None:
            return w_self._lookup_walk(name)
        return w_self._pure_lookup(name, tag)

    @jit.elidable
    def _pure_lookup(self, name, tag):
        cache = method_cache
        i = _cache_index(tag, name)
        if cache.tags[i] is tag and cache.names[i] == name:
            return cache.results_w[i]
        w_res = self._lookup_walk(name)
        cache.tags[i] = tag
        cache.names[i] = name
        cache.results_w[i] = w_res
        return w_res

    def changed(self):
        """Called after every change to dict_w (a class attribute set or
        deleted, or the namespace replaced): cached lookups here and in
        subclasses are dropped (new version tags, for the JIT's folded
        lookups and for the method cache alike)."""
        self.mutations += 1
        self._new_version(self.mutations > MAX_CACHED_MUTATIONS)

    def set_namespace(self, dict_w):
        """The class statement's namespace becomes the class's dict (a new
        class: no subclass yet, and not counted as a mutation)."""
        self.dict_w = dict_w
        self._new_version(False)

    def _new_version(self, stop_caching):
        if stop_caching or self.version_tag is None:
            self.version_tag = None
        else:
            self.version_tag = VersionTag()
        for w_sub in self.subclasses_w:
            w_sub._new_version(stop_caching)

    def _lookup_walk(self, name):
        for w_type in self.mro_w:
            w_value = w_type.dict_w.get(name, None)
            if w_value is not None:
                return w_value
        return None

    def getattr(self, space, name):
        from rpython_sandbox.objects.classobject import type_getattr
        w_res = type_getattr(space, self, name)
        if w_res is None and self.w_metaclass is not None:
            w_meth = self.w_metaclass.lookup("__getattr__")
            if w_meth is not None:      # a metaclass's __getattr__ for a missing name
                from rpython_sandbox.objects.classobject import call_bound
                w_res = call_bound(space, w_meth, self, [space.newtext_utf8(name)])
        return w_res

    def setattr(self, space, name, w_value):
        from rpython_sandbox.objects.classobject import meta_setattr
        meta_setattr(space, self, name, w_value)

    def delattr(self, space, name):
        from rpython_sandbox.objects.classobject import meta_delattr
        meta_delattr(space, self, name)

    def call(self, space, args):
        if self.w_metaclass is not None:
            from rpython_sandbox.objects.classobject import meta_type_call
            return meta_type_call(space, self, args)
        if self.is_user:
            from rpython_sandbox.objects.classobject import instantiate
            return instantiate(space, self, args)
        if self.is_exception:
            args.check(space, self.name, 0, 65535)
            return space.new_exception(self, args.args_w)
        if self.construct is None:
            raise oefmt(space, space.w_TypeError, "cannot create '%s' instances", self.name)
        return self.construct(space, self, args)

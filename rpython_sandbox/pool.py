"""Memory pools: each sandbox's heap account, and the mark that measures
what a sandbox really holds (docs/memory.md).

RPython's GC allocates and frees for every sandbox in the process; a pool
decides how much of that memory one sandbox may keep.  Three parts:

Charging.  Only one sandbox runs at a time, so what the GC's old generation
grows by while a sandbox runs (gcstats.heap_used: objects that survived the
nursery, and large objects) is that sandbox's doing.  The Accountant adds
that growth to the running sandbox's pool at every interrupt check point
(limits.py, every 20,000 instructions) and before every allocation whose
size the guest controls (space.check_allocation -> reserve(), which charges
the request before it is made).  Garbage that dies young and allocations the
JIT removed never reach the old generation, so they cost nothing.

Marking.  When live + charged passes the pool's threshold, the pool marks:
it walks every object reachable from the sandbox's roots (its modules, the
frames of the running request) and adds up their sizes as RPython lays them
out.  The sum is the new live size and the charge restarts at zero.  Marking
is to a pool what lgc.c's propagatemark is to Lua: one traversal function
per object family, all of them here.  Objects of other sandboxes are never
reached (no guest object is shared); objects shared by all sandboxes (the
builtin types) count nothing.  The GC's spare header flag (rgc's gcflag
extra) marks an object as seen; a second walk clears the flags again.

Deciding.  If the live size after a mark, plus the request being reserved,
passes the quota, the guest gets MemoryError.  Otherwise the next threshold
is live + max(live * GROWTH, MIN_STEP), never past the quota: the walk costs
time in proportion to the live size and happens after allocating a fixed
fraction of it, so its cost is amortized O(1) per allocated byte.
"""

from rpython.rlib import jit, rgc
from rpython.rlib.objectmodel import specialize

from rpython_sandbox.gcstats import heap_used, collect_and_trim
from rpython_sandbox.objects.root import W_Root
from rpython_sandbox.objects.intobject import W_IntObject
from rpython_sandbox.objects.floatobject import W_FloatObject
from rpython_sandbox.objects.longobject import W_LongObject
from rpython_sandbox.objects.strobject import W_StrObject
from rpython_sandbox.objects.bytesobject import W_BytesObject
from rpython_sandbox.objects.listobject import W_ListObject
from rpython_sandbox.objects.tupleobject import W_TupleObject
from rpython_sandbox.objects.dictobject import W_DictObject, W_DictView
from rpython_sandbox.objects.functionobject import (W_Function, W_BoundMethod,
                                                    W_BuiltinFunction)
from rpython_sandbox.objects.moduleobject import W_ModuleObject, W_GlobalsFunction
from rpython_sandbox.objects.exceptionobject import W_BaseException
from rpython_sandbox.objects.typeobject import W_TypeObject
from rpython_sandbox.objects.rangeobject import W_RangeObject, W_RangeIterator
from rpython_sandbox.objects.sliceobject import W_SliceObject
from rpython_sandbox.objects.iterobject import (W_ListIterator, W_TupleIterator,
                                                W_StrIterator, W_DictIterator,
                                                W_EnumerateIterator, W_ZipIterator,
                                                W_ReversedIterator)
from rpython_sandbox.objects.complexobject import W_ComplexObject
from rpython_sandbox.objects.typeattrs import W_UnboundMethod
from rpython_sandbox.builtins import interp_builtins    # loads interp_builtins_lib  # noqa: F401
from rpython_sandbox.builtins.interp_builtins_lib import (W_MapIterator, W_FilterIterator,
                                                          W_CallableIterator,
                                                          W_SeqReversedIterator)
from rpython_sandbox.builtins.interp_random import W_RandomObject
from rpython_sandbox.objects.typingobject import W_UnionType, W_GenericAlias
from rpython_sandbox.objects.attrdict import W_AttrDict
from rpython_sandbox.objects.builtinsub import W_BuiltinNew, W_SubclassFunction
from rpython_sandbox.objects.bytearrayobject import (W_BytearrayObject,
                                                     storage_size as bytearray_storage_size)
from rpython_sandbox.builtins.interp_array import (W_FloatArray, W_IntArray, W_ArrayIterator,
                                                   storage_size as array_storage_size)
from rpython_sandbox.objects.classobject import (W_InstanceObject, W_Method, W_StaticMethod,
                                                 W_ClassMethod, W_Property, W_Super,
                                                 W_SeqIterator)
from rpython_sandbox.objects.cellobject import W_Cell
from rpython_sandbox.objects.identityobject import W_IdentityKey
from rpython_sandbox.objects.setobject import W_BaseSet, W_SetIterator
from rpython_sandbox.objects.generatorobject import W_Generator, W_CoroutineWrapper
from rpython_sandbox.bytecode import W_Code

GROWTH = 2.0                 # mark again after allocating twice the live size...
MIN_STEP = 64 << 20          # ...or 64 MiB, whichever is more (never past the quota)
RESERVE_AT_ONCE = 64 << 10   # smaller requests wait for the next check point
MARK_CHECK_EVERY = 1 << 16   # objects between two interrupt checks in a mark

# Sizes on 64-bit Linux with incminimark: a GC header of one word and no
# type pointer, so an int or a float box is 16 bytes, a str is 16 + an
# RPython string of 24 + 4 bytes per character.  The bases of the containers
# (list, tuple, dict) were measured against the GC's own count of its heap
# (bench/pool.py, "accuracy"), which is what they are checked against.
WORD = 8
BOX = 2 * WORD               # header + one field: int, float, range iterator...
ARRAY = 2 * WORD             # header + length of a GC array
RPY_STRING = 3 * WORD        # header + hash + length of an RPython string
LIST_BASE = 104              # an empty list: the box, the resizable list, its array
TUPLE_BASE = 88
DICT_BASE = 180
DICT_ENTRY = 34              # an entry with its share of the index and the free room
DICT_MIN_ENTRIES = 5         # a dict allocates room for several entries at once
BIGINT = 4 * WORD            # rbigint: header, digits, sign, size
FRAME = 8 * WORD             # Frame's own fields
CODE = 16 * WORD             # W_Code's own fields
CELL = BOX
MT_STATE_WORDS = 624         # a Mersenne Twister's state


def align(n):
    return (n + WORD - 1) & ~(WORD - 1)


def list_storage(n):
    """A list of n items.  RPython over-allocates lists grown by appending
    (by 1/8 plus a few items) and not lists made at their size: this is the
    middle of the two."""
    if n == 0:
        return LIST_BASE
    return LIST_BASE + WORD * (n + (n >> 3) + 3)


def array_storage(n):
    return ARRAY + WORD * n


def tuple_storage(n):
    return TUPLE_BASE + WORD * n


def dict_storage(n):
    if n == 0:
        return LIST_BASE            # no entries allocated before the first insertion
    if n < DICT_MIN_ENTRIES:
        n = DICT_MIN_ENTRIES
    return DICT_BASE + DICT_ENTRY * n


class Pool(object):
    """One sandbox's heap account (sizes in bytes)."""

    def __init__(self, quota):
        self.quota = quota          # 0 = no quota
        self.live = 0               # found reachable by the last mark
        self.charged = 0            # allocated since the last mark
        self.peak = 0               # the highest live size seen
        self.marks = 0
        self.allocated = 0          # charged over the pool's lifetime
        self.threshold = MIN_STEP
        if 0 < quota < MIN_STEP:
            self.threshold = quota
        self.roots = None           # the sandbox: has mark_roots(marker)

    def charge(self, nbytes):
        self.charged += nbytes
        self.allocated += nbytes

    def due(self, extra):
        """Time to mark?  Never for a pool without a quota: there is no
        limit to keep, and the host's stats(collect=True) marks on demand."""
        return self.quota > 0 and self.live + self.charged + extra > self.threshold

    def over_quota(self, extra):
        return self.quota > 0 and self.live + extra > self.quota

    def marked(self, live):
        self.live = live
        self.charged = 0
        self.marks += 1
        if live > self.peak:
            self.peak = live
        step = int(live * GROWTH)
        if step < MIN_STEP:
            step = MIN_STEP
        threshold = live + step
        if self.quota > 0 and threshold > self.quota:
            threshold = self.quota
        self.threshold = threshold


class Accountant(object):
    """Charges the running sandbox's pool with the GC's growth, marks when a
    pool is due, and refuses what would not fit.  One per process."""

    def __init__(self, space, interp, limits):
        self.space = space
        self.interp = interp
        self.limits = limits
        self.pool = None            # the running sandbox's pool
        self.baseline = 0           # heap_used() when last charged
        self.marking = False        # a mark's own interrupt checks must not mark
        self.small = 0              # small reservations not looked at yet
        # what a running builtin is building and no root reaches yet (the
        # containers a json decoder fills, the text an encoder builds):
        # counted by marks as if it were live
        self.scratch_w = []
        self.scratch_bytes = 0

    def activate(self, pool):
        self.pool = pool
        self.baseline = heap_used()

    def deactivate(self):
        self.settle()
        self.pool = None

    def settle(self):
        """Charge the GC's growth since the last look to the running pool.
        A shrink (a major collection freed something) only moves the
        baseline: freeing is what marks measure."""
        now = heap_used()
        grown = now - self.baseline
        self.baseline = now
        if grown > 0 and self.pool is not None:
            self.pool.charge(grown)

    @jit.dont_look_inside
    def check(self):
        """At an interrupt check point: mark if the pool is due; guest
        MemoryError if the sandbox holds more than its quota."""
        pool = self.pool
        if pool is None or self.marking:
            return
        self.make_room(pool, 0)

    @jit.dont_look_inside
    def reserve(self, nbytes):
        """Before an allocation of nbytes whose size the guest chose: refuse
        it (guest MemoryError) if it cannot fit next to the live data."""
        pool = self.pool
        if pool is None:
            return
        if nbytes < RESERVE_AT_ONCE:
            # small requests add up until they are worth a look
            self.small += nbytes
            if self.small < RESERVE_AT_ONCE:
                return
            nbytes = 0
        self.small = 0
        if pool.quota > 0 and nbytes > pool.quota:
            self.memory_error()         # no mark can make room for it
        self.make_room(pool, nbytes)
        pool.charge(nbytes)
        # the GC's growth from this allocation is already charged
        self.baseline += nbytes

    def make_room(self, pool, extra):
        """Charge the GC's growth to the pool; mark if it is due; guest
        MemoryError if the live data and `extra` more bytes pass the quota."""
        self.settle()
        if pool.due(extra):
            self.mark(pool)
            if pool.over_quota(extra):
                self.memory_error()

    def memory_error(self):
        from rpython_sandbox.error import OperationError
        space = self.space
        raise OperationError(space.new_exception(space.w_MemoryError, []))

    def mark(self, pool):
        """Measure what the pool's sandbox holds now.  The walk may stop at
        an interrupt (a deadline passing in a long mark); the flags are
        cleared all the same."""
        marker = Marker(self.limits)
        self.marking = True
        try:
            marker.visit_roots(pool.roots, self.interp)
            marker.propagate()
            live = marker.total + self.scratch_bytes
        finally:
            marker.unmark(pool.roots, self.interp)
            self.marking = False
        pool.marked(live)
        self.baseline = heap_used()     # the walk's own allocations are not the guest's

    def collect(self, pool):
        """A full collection of the process, then a mark: for stats that
        must be current (the host asked for them)."""
        collect_and_trim()
        self.mark(pool)


class Marker(object):
    """One walk over a sandbox's objects.  visit() sets an object's mark
    flag and counts it; containers wait in `pending` until propagate()
    counts and visits their contents.  unmark() walks the same graph again
    and clears the flags (no list of every object is kept)."""

    def __init__(self, limits):
        self.limits = limits
        self.pending = []
        self.total = 0
        self.clearing = False
        self.steps = 0

    # --- the two walks -----------------------------------------------------------
    def visit_roots(self, roots, interp):
        if roots is not None:
            roots.mark_roots(self)
        ref = interp.topframeref
        while True:
            frame = ref()
            if frame is None:
                break
            self.visit_frame(frame)
            ref = frame.f_backref
        accountant = interp.accountant
        if accountant is not None:
            self.visit_all(accountant.scratch_w)

    def propagate(self):
        while len(self.pending) > 0:
            w_obj = self.pending.pop()
            size = traverse(self, w_obj)    # visits the contents first
            self.total += size
            self.steps += 1
            if self.steps & (MARK_CHECK_EVERY - 1) == 0 and self.limits is not None:
                # the deadline and cancel hold during a long mark too; the
                # walk is not guest instructions, so nothing is charged
                self.limits.check_now()

    def unmark(self, roots, interp):
        self.clearing = True
        self.pending = []
        self.limits = None          # the clearing walk must finish
        self.visit_roots(roots, interp)
        self.propagate()

    # --- what traversal functions call -------------------------------------------
    def visit(self, w_obj):
        if w_obj is None:
            return
        gcref = rgc.cast_instance_to_gcref(w_obj)
        if rgc.get_gcflag_extra(gcref) == self.clearing:
            rgc.toggle_gcflag_extra(gcref)
            size = leaf_size(w_obj)
            if size >= 0:
                self.total += size
            else:
                self.pending.append(w_obj)

    @specialize.call_location()     # lists of different kinds must not be unified
    def visit_all(self, items_w):
        for w_item in items_w:
            self.visit(w_item)

    def visit_frame(self, frame):
        """A frame of the running request: not shared, reached once."""
        self.visit_all(frame.locals_w)
        for i in range(frame.stackpos):
            self.visit(frame.stack_w[i])
        self.visit(frame.w_module)
        self.visit(frame.code)
        self.visit(frame.w_defclass)
        if frame.w_locals is not None:      # a class body's namespace
            size = attribute_dict(self, frame.w_locals)
            self.total += size
        self.total += FRAME + array_storage(len(frame.locals_w)) + array_storage(len(frame.stack_w))

    def count(self, nbytes):
        self.total += nbytes


def leaf_size(w_obj):
    """The size of an object that refers to no other guest object, or -1
    for a container (counted by traverse() once its turn comes)."""
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_FloatObject):
        return BOX
    if isinstance(w_obj, W_StrObject):
        return BOX + align(RPY_STRING + 4 * (len(w_obj.value) + 1))
    if isinstance(w_obj, W_BytesObject):
        return BOX + align(RPY_STRING + len(w_obj.value) + 1)
    if isinstance(w_obj, W_LongObject):
        return BOX + BIGINT + array_storage(w_obj.num.numdigits())
    if isinstance(w_obj, W_TypeObject):
        if not w_obj.is_user:
            return 0                # a builtin type: shared by every sandbox
        return -1
    if isinstance(w_obj, W_BuiltinFunction) or isinstance(w_obj, W_BuiltinNew):
        return 0                    # shared by every sandbox
    if (isinstance(w_obj, W_RangeObject) or isinstance(w_obj, W_RangeIterator)
            or isinstance(w_obj, W_StrIterator)):
        return 6 * WORD
    if isinstance(w_obj, W_ComplexObject) or isinstance(w_obj, W_UnboundMethod):
        return 3 * WORD
    if isinstance(w_obj, W_RandomObject):
        return 6 * WORD + array_storage(MT_STATE_WORDS)
    if isinstance(w_obj, W_BytearrayObject):
        return 3 * WORD + bytearray_storage_size(len(w_obj.data))
    if isinstance(w_obj, W_FloatArray):
        return 4 * WORD + array_storage_size(len(w_obj.items))
    if isinstance(w_obj, W_IntArray):
        return 4 * WORD + array_storage_size(len(w_obj.items))
    return -1


def instance_attributes(marker, w_obj):
    """A map-stored instance's values (objects/attributemap.py): its storage
    array, or its dict once it left the maps. The maps themselves are
    counted with the class (class_maps)."""
    if w_obj.attrmap is None:
        return attribute_dict(marker, w_obj.dict_w)
    if w_obj.storage_w is None:
        return 0
    for w_value in w_obj.storage_w:
        marker.visit(w_value)
    return array_storage(len(w_obj.storage_w))


def class_maps(w_type):
    """The attribute maps of a class's instances: a few words and a name ->
    index dict each."""
    maps = []
    # the recurring classes of one class statement share their maps
    # (typeobject.py): each counts them, an overestimate
    w_type.attribute_root.all_maps(maps)
    size = 0
    for attrmap in maps:
        size += 6 * WORD + array_storage(attrmap.length()) + \
            dict_storage(attrmap.length()) + dict_storage(len(attrmap.transitions))
    return size


def attribute_dict(marker, dict_w):
    """An instance's or a class's attributes (names are the code's own
    strings, shared, so only the values are visited)."""
    for w_value in dict_w.itervalues():
        marker.visit(w_value)
    return dict_storage(len(dict_w))


def traverse(marker, w_obj):
    """Visit a container's contents; return its own size."""
    if isinstance(w_obj, W_ListObject):
        marker.visit_all(w_obj.items_w)
        return list_storage(len(w_obj.items_w))
    if isinstance(w_obj, W_TupleObject):
        marker.visit_all(w_obj.items_w)
        return tuple_storage(len(w_obj.items_w))
    if isinstance(w_obj, W_DictObject):
        for w_key, w_value in w_obj.data.iteritems():
            marker.visit(w_key)
            marker.visit(w_value)
        return dict_storage(len(w_obj.data))
    if isinstance(w_obj, W_ModuleObject):
        for cell in w_obj.cells.itervalues():
            marker.visit(cell.w_value)
        marker.visit(w_obj.w_globals_fn)
        return dict_storage(len(w_obj.cells)) + CELL * len(w_obj.cells)
    if isinstance(w_obj, W_Function):
        marker.visit(w_obj.code)
        marker.visit(w_obj.w_module)
        marker.visit_all(w_obj.defaults_w)
        marker.visit(w_obj.w_kwdefaults)
        size = 8 * WORD + array_storage(len(w_obj.defaults_w))
        if w_obj.closure_w is not None:
            marker.visit_all(w_obj.closure_w)
            size += array_storage(len(w_obj.closure_w))
        if w_obj.attrs_w is not None:
            size += attribute_dict(marker, w_obj.attrs_w)
        return size
    if isinstance(w_obj, W_Code):
        marker.visit_all(w_obj.consts_w)
        return (CODE + align(RPY_STRING + len(w_obj.code))
                + array_storage(len(w_obj.consts_w)) + array_storage(len(w_obj.names))
                + array_storage(len(w_obj.varnames)) + array_storage(len(w_obj.lines)))
    if isinstance(w_obj, W_BoundMethod):
        marker.visit(w_obj.w_self)
        return 3 * WORD
    if isinstance(w_obj, W_BaseSet):
        for w_key in w_obj.data.iterkeys():
            marker.visit(w_key)
        return 2 * WORD + dict_storage(len(w_obj.data))
    if isinstance(w_obj, W_Cell):
        marker.visit(w_obj.w_value)
        return BOX
    if isinstance(w_obj, W_IdentityKey):
        marker.visit(w_obj.w_obj)
        return BOX
    if isinstance(w_obj, W_Generator):
        if w_obj.frame is not None:
            marker.visit_frame(w_obj.frame)
        marker.visit(w_obj.w_retval)
        return 5 * WORD             # a coroutine too (a subclass)
    if isinstance(w_obj, W_CoroutineWrapper):
        marker.visit(w_obj.w_coro)
        return 2 * WORD
    if isinstance(w_obj, W_SetIterator):
        marker.visit(w_obj.w_set)
        return 5 * WORD + list_storage(len(w_obj.keys_w))
    if isinstance(w_obj, W_InstanceObject):
        marker.visit(w_obj.w_class)
        marker.visit(w_obj.w_storage)       # the value of a builtin type's subclass
        return 6 * WORD + instance_attributes(marker, w_obj)
    if isinstance(w_obj, W_SubclassFunction):
        marker.visit(w_obj.w_cls)
        marker.visit(w_obj.w_func)
        return 3 * WORD
    if isinstance(w_obj, W_GlobalsFunction):
        marker.visit(w_obj.w_module)        # None: the builtins' shared placeholder
        return 2 * WORD
    if isinstance(w_obj, W_AttrDict):
        marker.visit(w_obj.w_obj)           # a view: the attributes are its object's
        return 2 * WORD
    if isinstance(w_obj, W_UnionType):
        marker.visit_all(w_obj.args_w)
        return 2 * WORD + list_storage(len(w_obj.args_w))
    if isinstance(w_obj, W_GenericAlias):
        marker.visit(w_obj.w_origin)
        marker.visit_all(w_obj.args_w)
        return 3 * WORD + list_storage(len(w_obj.args_w))
    if isinstance(w_obj, W_TypeObject):         # a user class (leaf_size)
        marker.visit_all(w_obj.bases_w)
        marker.visit_all(w_obj.mro_w)
        marker.visit_all(w_obj.subclasses_w)
        return (15 * WORD + attribute_dict(marker, w_obj.dict_w) + class_maps(w_obj)
                + array_storage(len(w_obj.bases_w))
                + array_storage(len(w_obj.mro_w)) + list_storage(len(w_obj.subclasses_w)))
    if isinstance(w_obj, W_Method):
        marker.visit(w_obj.w_func)
        marker.visit(w_obj.w_self)
        return 3 * WORD
    if isinstance(w_obj, W_StaticMethod):
        marker.visit(w_obj.w_func)
        return BOX
    if isinstance(w_obj, W_ClassMethod):
        marker.visit(w_obj.w_func)
        return BOX
    if isinstance(w_obj, W_Property):
        marker.visit(w_obj.w_fget)
        marker.visit(w_obj.w_fset)
        marker.visit(w_obj.w_fdel)
        marker.visit(w_obj.w_doc)
        return 6 * WORD
    if isinstance(w_obj, W_Super):
        marker.visit(w_obj.w_start)
        marker.visit(w_obj.w_obj)
        marker.visit(w_obj.w_objtype)
        return 4 * WORD
    if isinstance(w_obj, W_SeqIterator):
        marker.visit(w_obj.w_seq)
        return 3 * WORD
    if isinstance(w_obj, W_BaseException):
        marker.visit_all(w_obj.args_w)
        marker.visit(w_obj.w_cause)
        marker.visit(w_obj.w_context)
        for entry in w_obj.traceback:
            marker.visit(entry.code)
        size = 9 * WORD + array_storage(len(w_obj.args_w)) + list_storage(len(w_obj.traceback)) * 2
        if w_obj.dict_w is not None:
            size += attribute_dict(marker, w_obj.dict_w)
        return size
    if isinstance(w_obj, W_SliceObject):
        marker.visit(w_obj.w_start)
        marker.visit(w_obj.w_stop)
        marker.visit(w_obj.w_step)
        return 4 * WORD
    if isinstance(w_obj, W_DictView):
        marker.visit(w_obj.w_dict)
        return 3 * WORD
    if isinstance(w_obj, W_ListIterator):
        marker.visit(w_obj.w_list)
        return 3 * WORD
    if isinstance(w_obj, W_TupleIterator):
        marker.visit_all(w_obj.items_w)
        return 3 * WORD
    if isinstance(w_obj, W_ReversedIterator):
        marker.visit_all(w_obj.items_w)
        return 3 * WORD
    if isinstance(w_obj, W_DictIterator):
        marker.visit(w_obj.w_dict)
        return 7 * WORD + list_storage(len(w_obj.items))
    if isinstance(w_obj, W_EnumerateIterator):
        marker.visit(w_obj.w_iter)
        marker.visit(w_obj.w_index)
        return 3 * WORD
    if isinstance(w_obj, W_ZipIterator):
        marker.visit_all(w_obj.iters_w)
        return 3 * WORD + array_storage(len(w_obj.iters_w))
    if isinstance(w_obj, W_MapIterator):
        marker.visit(w_obj.w_func)
        marker.visit_all(w_obj.iters_w)
        return 3 * WORD + array_storage(len(w_obj.iters_w))
    if isinstance(w_obj, W_FilterIterator):
        marker.visit(w_obj.w_func)
        marker.visit(w_obj.w_iter)
        return 3 * WORD
    if isinstance(w_obj, W_SeqReversedIterator):
        marker.visit(w_obj.w_seq)
        return 3 * WORD
    if isinstance(w_obj, W_ArrayIterator):
        marker.visit(w_obj.w_array)
        return 3 * WORD
    if isinstance(w_obj, W_CallableIterator):
        marker.visit(w_obj.w_func)
        marker.visit(w_obj.w_sentinel)
        return 4 * WORD
    return 4 * WORD                 # an object with no guest references

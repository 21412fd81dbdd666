"""How many bytes RPython's GC holds outside its nursery: the one number the
memory pools (pool.py) read from the GC.

Objects are born in the GC's nursery; the ones still reachable at a minor
collection are copied out into the old generation, and large objects are
allocated there directly.  The old generation's size therefore grows only
with allocations that survive: garbage that dies young, and allocations the
JIT removed altogether, never move it.  That makes its growth the right
trigger for a pool's mark, and reading it costs two loads.

rpython 0.2.1 has no API for it (later versions have rgc.get_stats), so this
module adds one low-level operation, `gc_sandbox_heap_used`, which the GC
transformer turns into reads of the two counters incminimark keeps:
`ac.total_memory_used` (small objects) + `rawmalloced_total_size` (large
ones).  Importing this module registers the operation; it must be imported
before translation starts (targetsandbox.py imports it through pool.py).
Untranslated, `heap_used()` returns 0: tests drive the pools with explicit
charges instead.  `collect_and_trim()` also lives here: a full collection
followed by glibc's malloc_trim, so that freed memory leaves the process.
"""

from rpython.flowspace.model import Constant
from rpython.rlib import jit, rgc
from rpython.rlib.objectmodel import we_are_translated
from rpython.rtyper.extregistry import ExtRegistryEntry
from rpython.rtyper.lltypesystem import lltype, lloperation, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

OPNAME = "gc_sandbox_heap_used"


@jit.dont_look_inside      # the JIT does not know the operation; this is cold
def heap_used():
    """Bytes in RPython's old generation (0 untranslated)."""
    if not we_are_translated():
        return 0
    return _heap_used()


def _heap_used():
    raise NotImplementedError("only translated")


# glibc keeps freed memory (a dict's outgrown entry table, a destroyed
# sandbox's data) for reuse; malloc_trim hands it back to the system
_malloc_trim = rffi.llexternal("malloc_trim", [rffi.SIZE_T], rffi.INT,
                               compilation_info=ExternalCompilationInfo(includes=["malloc.h"]),
                               releasegil=False, _nowrapper=True)


@jit.dont_look_inside
def collect_and_trim():
    """A full collection, then the freed memory back to the system: for
    the moments the host asks for exact numbers or a sandbox goes away."""
    rgc.collect()
    if we_are_translated():
        _malloc_trim(rffi.cast(rffi.SIZE_T, 0))


class Entry(ExtRegistryEntry):
    _about_ = _heap_used

    def compute_result_annotation(self):
        from rpython.annotator import model as annmodel
        return annmodel.SomeInteger()

    def specialize_call(self, hop):
        hop.exception_cannot_occur()
        return hop.genop(OPNAME, [], resulttype=lltype.Signed)


def _register_operation():
    if OPNAME in lloperation.LL_OPERATIONS:
        return
    op = lloperation.LLOp()
    op.opname = OPNAME
    lloperation.LL_OPERATIONS[OPNAME] = op
    setattr(lloperation.llop, OPNAME, op)

    from rpython.memory.gctransform.framework import BaseFrameworkGCTransformer

    def gct_gc_sandbox_heap_used(self, hop):
        v_gc = self.c_const_gc
        v_ac = _read_field(hop, v_gc, "ac")
        v_small = _read_field(hop, v_ac, "total_memory_used")
        v_large = _read_field(hop, v_gc, "rawmalloced_total_size")
        hop.genop("int_add", [_as_signed(hop, v_small), _as_signed(hop, v_large)],
                  resultvar=hop.spaceop.result)

    BaseFrameworkGCTransformer.gct_gc_sandbox_heap_used = gct_gc_sandbox_heap_used


def _read_field(hop, v_instance, name):
    """getfield on an RPython instance pointer, following the 'super'
    chain to the class that declares the attribute."""
    fieldname = "inst_" + name
    STRUCT = v_instance.concretetype.TO
    while fieldname not in STRUCT._flds:
        STRUCT = STRUCT._flds["super"]
        v_instance = hop.genop("cast_pointer", [v_instance], resulttype=lltype.Ptr(STRUCT))
    return hop.genop("getfield", [v_instance, Constant(fieldname, lltype.Void)],
                     resulttype=STRUCT._flds[fieldname])


def _as_signed(hop, v):
    if v.concretetype == lltype.Signed:
        return v
    return hop.genop("cast_uint_to_int", [v], resulttype=lltype.Signed)


_register_operation()

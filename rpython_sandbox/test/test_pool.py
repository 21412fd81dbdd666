"""The memory pool untranslated: what a mark counts, that it leaves no
flag behind, the threshold policy and the refusals.  (Charging from the
GC's growth needs the translated GC: tests/translated/test_memory.py.)"""

import pytest

from rpython.rlib import rgc

from rpython_sandbox.error import OperationError
from rpython_sandbox.pool import (Pool, Marker, MIN_STEP, BOX, leaf_size,
                                  list_storage)
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.test.support import make_interp, assemble, run


class Roots(object):
    def __init__(self, *objects_w):
        self.objects_w = list(objects_w)

    def mark_roots(self, marker):
        for w_obj in self.objects_w:
            marker.visit(w_obj)


def mark(interp, *objects_w):
    pool = Pool(0)
    pool.roots = Roots(*objects_w)
    interp.accountant.mark(pool)
    return pool


def test_a_mark_counts_every_reachable_object_once_and_clears_its_flags():
    space, interp = make_interp()
    strings_w = [space.newtext(u"item %d" % i) for i in range(100)]
    w_list = space.newlist(strings_w + strings_w)      # each string twice
    pool = mark(interp, w_list, w_list)
    expected = list_storage(200) + sum(leaf_size(w) for w in strings_w)
    assert pool.live == expected
    assert pool.marks == 1
    assert not rgc._gcflag_extras      # the second walk cleared every flag


def test_cycles_and_nested_containers_terminate():
    space, interp = make_interp()
    w_outer = space.newlist([])
    w_dict = space.newdict()
    w_dict.setitem(space, space.newtext(u"self"), w_outer)
    w_outer.items_w.append(w_dict)
    w_outer.items_w.append(w_outer)
    pool = mark(interp, w_outer)
    assert pool.live > 0
    assert not rgc._gcflag_extras


def test_garbage_is_not_counted():
    space, interp = make_interp()
    w_kept = space.newlist([space.newint(i) for i in range(10)])
    space.newlist([space.newint(i) for i in range(10000)])     # dropped
    assert mark(interp, w_kept).live < 1000


def test_threshold_grows_with_the_live_size_but_never_past_the_quota():
    pool = Pool(0)
    pool.marked(10 * MIN_STEP)
    assert pool.threshold == 30 * MIN_STEP
    pool = Pool(12 * MIN_STEP)
    pool.marked(10 * MIN_STEP)
    assert pool.threshold == 12 * MIN_STEP


def test_a_request_bigger_than_the_quota_is_refused_before_allocating():
    space, interp = make_interp(quota=1 << 20)
    # [0] * 10**6: 8 MB of list for a 1 MiB pool
    code = assemble([("LOAD_CONST", 0), ("BUILD_LIST", 1), ("LOAD_CONST", 1), ("BINARY_OP", 2),
                     "RETURN_VALUE"], consts_w=[space.newint(0), space.newint(10 ** 6)])
    with pytest.raises(OperationError) as e:
        run(space, interp, code)
    assert e.value.w_exc.get_type_name() == "MemoryError"
    assert interp.accountant.pool.allocated == 0


def test_live_data_over_the_quota_raises_memory_error_at_a_check_point():
    space, interp = make_interp(quota=4 << 20)
    pool = interp.accountant.pool
    # the guest holds 5 MB (a global list of distinct strings); the GC's
    # growth is simulated by a charge, as the translated accountant would make
    w_big = space.newlist([space.newtext(u"x" * 1000 + unicode(i)) for i in range(1250)])
    w_module = W_ModuleObject("__main__")
    w_module.setvalue("big", w_big)
    pool.roots = Roots(w_module)
    pool.charge(5 << 20)
    code = assemble([("JUMP_ABSOLUTE", 0)])     # while True: pass
    interp.limits.start_request(0.0, 0.0, 0)
    with pytest.raises(OperationError) as e:
        interp.run_module_code(code, w_module)
    assert e.value.w_exc.get_type_name() == "MemoryError"
    assert pool.live > 4 << 20 and pool.marks == 1
    assert not rgc._gcflag_extras


def test_a_guest_that_frees_its_data_passes_the_next_mark():
    space, interp = make_interp(quota=4 << 20)
    pool = interp.accountant.pool
    w_module = W_ModuleObject("__main__")
    pool.roots = Roots(w_module)
    pool.charge(5 << 20)            # allocated, but nothing is kept
    code = assemble([("LOAD_CONST", 0), "RETURN_VALUE"], consts_w=[space.newint(1)])
    interp.accountant.check()
    assert pool.marks == 1 and pool.live < 1 << 20
    run(space, interp, code)


def test_frames_of_the_running_request_are_roots():
    space, interp = make_interp()
    seen = []

    class Probe(object):
        def mark_roots(self, marker):
            pass

    pool = interp.accountant.pool
    pool.roots = Probe()
    # a local holding a 2000-item list while the pool marks
    w_list = space.newlist([space.newtext(u"%d" % i) for i in range(2000)])
    code = assemble([("LOAD_FAST", 0), "RETURN_VALUE"], nlocals=1, flags=0)
    from rpython_sandbox.frame import Frame
    frame = Frame(code, W_ModuleObject("m"))
    frame.locals_w[0] = w_list
    original = interp.execute

    def execute(frame):
        interp.accountant.mark(pool)
        seen.append(pool.live)
        return original(frame)
    interp.execute = execute
    interp.run_frame(frame)
    assert seen[0] > list_storage(2000)

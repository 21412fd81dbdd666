"""The sandbox's `time` module: clocks only (time, time_ns, monotonic,
perf_counter, process_time and their _ns forms) and a sleep that keeps the
limits: it waits in slices of at most 10 ms and runs the interrupt checks
(deadline, CPU time, cancel) between them.  No calendar functions, no
time zone (they would tell the guest about the host)."""

import time

from rpython.rlib import rtime
from rpython.rlib.rbigint import rbigint
from rpython.rtyper.lltypesystem import lltype, rffi

from rpython_sandbox.error import oefmt
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.objects.functionobject import function_table, install_functions
from rpython_sandbox.objects.floatobject import W_FloatObject

FUNCTIONS, timefunc = function_table()

SLEEP_SLICE = 0.01      # seconds between two interrupt checks while sleeping


def _clock_ns(clock_id):
    """clock_gettime(clock_id) in nanoseconds, or -1."""
    if not rtime.HAS_CLOCK_GETTIME:
        return -1
    with lltype.scoped_alloc(rtime.TIMESPEC) as a:
        if rtime.c_clock_gettime(clock_id, a) == 0:
            return (rffi.getintfield(a, 'c_tv_sec') * 1000000000 +
                    rffi.getintfield(a, 'c_tv_nsec'))
    return -1


def monotonic_ns():
    ns = -1
    if rtime.HAS_CLOCK_GETTIME and rtime.CLOCK_MONOTONIC is not None:
        ns = _clock_ns(rtime.CLOCK_MONOTONIC)
    if ns < 0:
        ns = int(time.time() * 1e9)
    return ns


def wall_ns():
    ns = -1
    if rtime.HAS_CLOCK_GETTIME and rtime.CLOCK_REALTIME is not None:
        ns = _clock_ns(rtime.CLOCK_REALTIME)
    if ns < 0:
        ns = int(time.time() * 1e9)
    return ns


def process_ns():
    return int(time.clock() * 1e9)


@timefunc("time")
def time_time(space, args):
    args.check(space, "time", 0, 0)
    return space.newfloat(time.time())


@timefunc("time_ns")
def time_time_ns(space, args):
    args.check(space, "time_ns", 0, 0)
    return space.newint(wall_ns())


@timefunc("monotonic")
def time_monotonic(space, args):
    args.check(space, "monotonic", 0, 0)
    return space.newfloat(monotonic_ns() * 1e-9)


@timefunc("monotonic_ns")
def time_monotonic_ns(space, args):
    args.check(space, "monotonic_ns", 0, 0)
    return space.newint(monotonic_ns())


@timefunc("perf_counter")
def time_perf_counter(space, args):
    args.check(space, "perf_counter", 0, 0)
    return space.newfloat(monotonic_ns() * 1e-9)


@timefunc("perf_counter_ns")
def time_perf_counter_ns(space, args):
    args.check(space, "perf_counter_ns", 0, 0)
    return space.newint(monotonic_ns())


@timefunc("process_time")
def time_process_time(space, args):
    args.check(space, "process_time", 0, 0)
    return space.newfloat(time.clock())


@timefunc("process_time_ns")
def time_process_time_ns(space, args):
    args.check(space, "process_time_ns", 0, 0)
    return space.newint(process_ns())


@timefunc("sleep")
def time_sleep(space, args):
    args.check(space, "sleep", 1, 1)
    w_secs = args.args_w[0]
    if not (isinstance(w_secs, W_FloatObject) or space.is_index(w_secs)):
        raise oefmt(space, space.w_TypeError,
                    "'%s' object cannot be interpreted as an integer", w_secs.typename)
    secs = space.float_w(w_secs)
    if secs != secs:
        raise oefmt(space, space.w_ValueError, "Invalid value NaN (not a number)")
    if secs < 0.0:
        raise oefmt(space, space.w_ValueError, "sleep length must be non-negative")
    end = monotonic_ns() + int(min(secs, 1e9) * 1e9)
    while True:
        if space.limits is not None:
            space.limits.check_now()
        remaining = end - monotonic_ns()
        if remaining <= 0:
            break
        step = remaining * 1e-9
        if step > SLEEP_SLICE:
            step = SLEEP_SLICE
        time.sleep(step)
    return space.w_None


def make_module(space):
    w_mod = W_ModuleObject("time")
    install_functions(w_mod, FUNCTIONS)
    return w_mod

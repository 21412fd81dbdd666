"""Interrupt checks: the deadline, CPU-time budget, instruction budget and
cancel request of the running request.

The dispatch loop counts every instruction in a local variable (free in JIT
code) and subtracts the count from `ticker` at every backward jump and every
guest call (the check points, where it calls check_point(), only a compare
while the ticker is positive) and whenever control leaves the frame.  When
the ticker runs out, check_now() does the real work: it adds the slice to
the instruction count, reads the clocks, polls for a cancel signal, flushes
stale output and re-arms the ticker.  In JIT traces the decrement and the
compare are plain field operations on a prebuilt object.

Builtins that can run long on their own (sorting, joining, big-integer
arithmetic, ...) call check_now() themselves every few thousand steps.

A fired limit raises Interrupted, which no guest handler can catch (see
error.py).  The instruction count is deterministic: the same program with
the same inputs stops at the same instruction on every machine."""

import os
import signal
import time

from rpython.rlib import rtime     # registers the RPython time.time/clock
from rpython.rlib import jit, rsignal
from rpython.rlib.objectmodel import we_are_translated

from rpython_sandbox.error import Interrupted

TICKS_PER_CHECK = 20000    # instructions between two looks at the clocks
PARENT_CHECK_INTERVAL = 0.5    # seconds between two checks that the controller lives
EXIT_ORPHANED = 6
# SIGUSR1 is the controller's cancel (trusted/_transport.py), SIGINT Ctrl-C
CANCEL_SIGNALS = [signal.SIGUSR1, signal.SIGINT]

REASON_DEADLINE = "deadline"
REASON_CPU = "cpu"
REASON_INSTRUCTIONS = "instructions"
REASON_CANCEL = "cancel"


def cpu_time():
    """CPU time of this process, in seconds."""
    return time.clock()


class Limits(object):
    def __init__(self):
        self.ticker = TICKS_PER_CHECK
        self.slice = TICKS_PER_CHECK   # what the ticker was last armed with
        self.executed = 0          # instructions of this request before this slice
        self.deadline = 0.0        # absolute time.time(); 0.0 = none
        self.timeout = 0.0         # the wall-clock limit as given, for messages
        self.cpu_deadline = 0.0    # absolute cpu_time(); 0.0 = none
        self.cpu_limit = 0.0
        # reading the CPU clock is a system call: CPU time cannot grow faster
        # than wall time, so it is read only once the wall clock says the
        # budget could be used up (time.time() after which to look)
        self.cpu_look_after = 0.0
        self.parent_look_after = 0.0   # getppid() is a system call too
        self.instruction_limit = 0     # 0 = none
        self.output = None         # the guest's Output, flushed when it gets stale
        self.memory = None         # the pool.Accountant, which may mark here
        self.parent_pid = os.getppid()
        self.signals_installed = False

    def install_signals(self):
        """Turn SIGUSR1 and SIGINT into flags that check_now() polls, so
        the controller (or Ctrl-C) can cancel a running guest."""
        for signum in CANCEL_SIGNALS:
            rsignal.pypysig_setflag(signum)
        self.signals_installed = True

    def start_request(self, timeout, cpu_limit, instruction_limit):
        self.timeout = timeout
        self.deadline = 0.0
        if timeout > 0.0:
            self.deadline = time.time() + timeout
        self.cpu_limit = cpu_limit
        self.cpu_deadline = 0.0
        if cpu_limit > 0.0:
            self.cpu_deadline = cpu_time() + cpu_limit
            self.cpu_look_after = time.time() + cpu_limit
        self.instruction_limit = instruction_limit
        self.executed = 0
        self.poll_cancel()          # a cancel aimed at an earlier request is stale
        self.arm()

    def end_request(self):
        self.deadline = 0.0
        self.cpu_deadline = 0.0
        self.instruction_limit = 0

    def arm(self):
        n = TICKS_PER_CHECK
        if self.instruction_limit > 0:
            remaining = self.instruction_limit - self.executed
            if remaining < n:
                n = remaining
        self.slice = n
        self.ticker = n

    def check_point(self):
        if self.ticker < 0:
            self.check_now()

    def charge(self, units):
        """Work done by a builtin, counted like `units` instructions (so an
        instruction budget stops long builtins too), and a check point."""
        self.ticker -= units
        if self.ticker < 0:
            self.check_now()

    @jit.dont_look_inside
    def check_now(self):
        self.executed += self.slice - self.ticker
        self.slice = 0
        self.ticker = 0
        if self.instruction_limit > 0 and self.executed >= self.instruction_limit:
            raise Interrupted(REASON_INSTRUCTIONS, float(self.instruction_limit))
        now = time.time()
        if self.deadline > 0.0 and now >= self.deadline:
            raise Interrupted(REASON_DEADLINE, self.timeout)
        if self.cpu_deadline > 0.0 and now >= self.cpu_look_after:
            cpu_now = cpu_time()
            if cpu_now >= self.cpu_deadline:
                raise Interrupted(REASON_CPU, self.cpu_limit)
            self.cpu_look_after = now + (self.cpu_deadline - cpu_now)
        if self.poll_cancel():
            raise Interrupted(REASON_CANCEL, 0.0)
        if self.output is not None:
            self.output.flush_if_stale(now)
        if now >= self.parent_look_after:
            self.parent_look_after = now + PARENT_CHECK_INTERVAL
            if os.getppid() != self.parent_pid:
                # the controller died: nobody will ever read our answer, and
                # a guest without limits would otherwise run forever
                os._exit(EXIT_ORPHANED)
        self.arm()
        if self.memory is not None:
            self.memory.check()     # may raise the guest's MemoryError

    def poll_cancel(self):
        """True if a cancel signal arrived since the last poll."""
        if not self.signals_installed:
            return False
        cancelled = False
        while True:
            signum = rsignal.pypysig_poll()
            if signum < 0:
                return cancelled
            if signum in CANCEL_SIGNALS:
                cancelled = True

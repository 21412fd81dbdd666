"""Interrupt checks: the deadline of the running request.

The interpreter calls tick() at every backward jump and every guest call.
tick() is a decrement and a compare on a prebuilt object (cheap, and kept
in JIT traces as plain field operations); only every TICKS_PER_CHECK ticks
does check_now() read the clock.  A fired limit raises Interrupted, which no
guest handler can catch (see error.py)."""

import os
import time

from rpython.rlib import rtime     # registers the RPython version of time.time
from rpython.rlib import jit

from rpython_sandbox.error import Interrupted

TICKS_PER_CHECK = 1000
EXIT_ORPHANED = 4


class Limits(object):
    def __init__(self):
        self.ticker = TICKS_PER_CHECK
        self.deadline = 0.0     # absolute time.time(); 0.0 = none
        self.timeout = 0.0      # the limit as the host gave it, for messages
        self.output = None      # the guest's Output, flushed when it gets stale
        self.parent_pid = os.getppid()

    def start_request(self, timeout):
        self.timeout = timeout
        if timeout > 0.0:
            self.deadline = time.time() + timeout
        else:
            self.deadline = 0.0
        self.ticker = TICKS_PER_CHECK

    def end_request(self):
        self.deadline = 0.0

    def tick(self):
        self.ticker -= 1
        if self.ticker < 0:
            self.check_now()

    @jit.dont_look_inside
    def check_now(self):
        self.ticker = TICKS_PER_CHECK
        now = time.time()
        if self.deadline > 0.0 and now >= self.deadline:
            raise Interrupted("deadline", self.timeout)
        if self.output is not None:
            self.output.flush_if_stale(now)
        if os.getppid() != self.parent_pid:
            # the controller died: nobody will ever read our answer, and a
            # guest without a deadline would otherwise run forever
            os._exit(EXIT_ORPHANED)

"""Every exception the controller raises, in one tree.

    SandboxError                  anything that went wrong with a sandbox
    +-- CompileError              the script cannot be compiled for the sandbox
    |                             (SyntaxError or an unsupported construct)
    +-- GuestError                the guest raised and did not catch it
    |   +-- HeapQuotaExceeded     ... and it was a MemoryError: the heap quota
    +-- LimitExceeded             a limit of the interpreter stopped the guest
    |   +-- TimeLimitExceeded     the deadline (wall-clock time) passed
    |   +-- CpuTimeExceeded       the CPU-time budget ran out
    |   +-- InstructionLimitExceeded  the instruction budget ran out
    |   +-- OutputLimitExceeded   the guest wrote more output than allowed
    |   +-- Cancelled             the host called Sandbox.cancel()
    +-- SandboxCrashed            the interpreter process died or was killed
                                  (every sandbox in that process learns it)
    +-- ProtocolError             a malformed frame crossed the boundary
    +-- SandboxClosed             the sandbox (or its process) was used
                                  after close() or after a crash
    +-- VMNotFound                the interpreter binary could not be started

The host never sees a guest object: a GuestError carries the guest
exception's type name, message and traceback as plain strings and ints.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from trusted._sizes import format_size

TracebackEntry = Tuple[str, int, str]   # (filename, lineno, function)


class SandboxError(Exception):
    """Base class of every error the controller raises."""


class CompileError(SandboxError):
    """The source cannot run in the sandbox; refused before anything ran.

    `str(err)` reads like `script.py:12: 'match' statement is not supported
    by pypy-sandbox`.
    """

    def __init__(self, message: str, filename: str, lineno: Optional[int],
                 construct: Optional[str] = None, kind: str = "unsupported"):
        self.message = message
        self.filename = filename
        self.lineno = lineno
        self.construct = construct
        self.kind = kind            # "unsupported" or "syntax"
        where = filename if lineno is None else "%s:%d" % (filename, lineno)
        super().__init__("%s: %s" % (where, message))


class GuestError(SandboxError):
    """An exception raised by guest code and not caught by it."""

    def __init__(self, type_name: str, message: str,
                 traceback: List[TracebackEntry], formatted: str = ""):
        self.type_name = type_name
        self.message = message
        self.traceback = traceback
        self.formatted = formatted  # Python-style traceback text, with source lines
        text = type_name if not message else "%s: %s" % (type_name, message)
        super().__init__(text)


class HeapQuotaExceeded(GuestError):
    """The guest ran out of its heap quota (an uncaught MemoryError)."""

    def __init__(self, *args, quota: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.quota = quota


class LimitExceeded(SandboxError):
    """A limit enforced by the interpreter stopped the guest."""

    def __init__(self, reason: str, limit: float, filename: str = "",
                 lineno: int = 0, shown: Optional[str] = None):
        self.reason = reason
        self.limit = limit
        self.filename = filename
        self.lineno = lineno
        where = " at %s:%d" % (filename, lineno) if filename else ""
        super().__init__("%s limit exceeded (%s)%s" % (
            reason, limit if shown is None else shown, where))


class TimeLimitExceeded(LimitExceeded):
    """The guest ran past its deadline."""

    def __init__(self, limit: float, filename: str = "", lineno: int = 0):
        super().__init__("time", limit, filename, lineno)


class CpuTimeExceeded(LimitExceeded):
    """The guest used up its CPU-time budget."""

    def __init__(self, limit: float, filename: str = "", lineno: int = 0):
        super().__init__("cpu", limit, filename, lineno)


class InstructionLimitExceeded(LimitExceeded):
    """The guest executed its budget of bytecode instructions (a count that
    is the same on every machine: the stop point is deterministic)."""

    def __init__(self, limit: int, filename: str = "", lineno: int = 0):
        super().__init__("instructions", limit, filename, lineno)


class OutputLimitExceeded(LimitExceeded):
    """The guest wrote more than its output limit (stdout and stderr
    together, in UTF-8 bytes) in one request. The output up to the limit
    was delivered; the sandbox stays usable."""

    def __init__(self, limit: int, filename: str = "", lineno: int = 0):
        super().__init__("output", limit, filename, lineno,
                         shown=format_size(limit))


class Cancelled(LimitExceeded):
    """The host cancelled the running request (Sandbox.cancel())."""

    def __init__(self, filename: str = "", lineno: int = 0):
        super().__init__("cancel", 0.0, filename, lineno)


class SandboxCrashed(SandboxError):
    """The interpreter process died (crash, OS limit, kill, its memory
    backstop). With many sandboxes in one process, the request in flight
    raises it, and so does the next request of each other sandbox there."""

    def __init__(self, message: str, returncode: Optional[int] = None,
                 stderr: str = ""):
        self.returncode = returncode
        self.stderr = stderr
        super().__init__(message)


class ProtocolError(SandboxError):
    """A frame or message that breaks docs/protocol.md."""


class SandboxClosed(SandboxError):
    """The sandbox was closed (or crashed earlier) and cannot be used."""


class VMNotFound(SandboxError):
    """The interpreter could not be started (missing binary or toolchain)."""

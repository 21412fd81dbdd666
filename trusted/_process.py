"""`SandboxProcess`: one interpreter process that hosts many sandboxes.

    with SandboxProcess() as process:                 # one interpreter
        alice = Sandbox(process=process, heap="64M")  # ["create", 1, ...]
        bob = Sandbox(process=process, heap="64M")    # ["create", 2, ...]
        alice.exec("x = 1")                           # ["exec", 1, ...]
        bob.exec("x = 2")                             # separate globals
        alice.close()                                 # ["destroy", 1]
        print(process.process_stats())
    # leaving the block shuts the interpreter down and closes bob too

A `Sandbox` made without a process gets a private one and closes it with
itself (one interpreter per sandbox, the simple case).

The process owns the transport and the handshake (protocol version 2,
docs/protocol.md), and the lock that lets one request at a time reach the
interpreter, whichever sandbox sends it: a second thread waits. It hands out
the sandbox ids (`sid`) and knows which sandbox's request is in flight, so
that `Sandbox.cancel()` (a signal to the whole process) only ever stops the
request of the sandbox it was called on.

When the interpreter dies or breaks the protocol (`SandboxCrashed`,
`ProtocolError`, a hung child killed), the process is closed: the request in
flight raises that error, the next request of each other sandbox in the
process raises a `SandboxCrashed` with the same cause, and after that they
all raise `SandboxClosed`. An interpreter that reached its process-wide
memory backstop (exit status 4: the per-sandbox accounting failed) is
reported that way too: "interpreter process hit its memory backstop: ...".
"""

from __future__ import annotations

import dataclasses
import threading
import time
from typing import (TYPE_CHECKING, Any, Callable, Dict, Optional, Sequence,
                    Set, Union)

from trusted._exceptions import ProtocolError, SandboxClosed, SandboxCrashed
from trusted._sizes import parse_size
from trusted._transport import SubprocessTransport, Transport, VMCommand
from trusted._wire import PROTOCOL_VERSION, STREAMS

if TYPE_CHECKING:
    from trusted._sandbox import Sandbox

# The interpreter enforces the guest's deadline itself; the host only steps in
# when it stays silent this long past that deadline (then it is hung: killed).
TIMEOUT_GRACE = 2.0
# Backstop for requests without a guest deadline: start-up (the untranslated
# interpreter takes seconds), create, destroy, get, stats.
STARTUP_TIMEOUT = 60.0
CONTROL_TIMEOUT = 60.0

# Sandbox ids: 1 <= sid < 2**31 (docs/protocol.md).
MAX_SID = 2 ** 31 - 1

VMSpec = Union[None, str, Sequence[str], VMCommand, Transport]


@dataclasses.dataclass(frozen=True)
class HeapStats:
    """One sandbox's memory pool, as the interpreter counts it (bytes).

    live       guest data reachable at the last mark
    peak       the highest `live` seen
    quota      the heap quota (0 = none)
    marks      how many marks the pool has had
    allocated  everything ever charged to the pool
    """
    live: int
    peak: int
    quota: int
    marks: int
    allocated: int


@dataclasses.dataclass(frozen=True)
class ProcessStats:
    """The whole interpreter process.

    sandboxes  how many sandboxes it holds
    heap_used  bytes in its GC's old generation (all sandboxes + its own)
    backstop   its process-wide heap limit in bytes (0 = none)
    """
    sandboxes: int
    heap_used: int
    backstop: int


def _fields_of(cls: type, value: Any) -> Optional[Dict[str, int]]:
    """The dataclass fields of `cls` from a reply map, if all are ints >= 0
    (extra keys are allowed: the interpreter may report more)."""
    if type(value) is not dict:
        return None
    fields = {}
    for field in dataclasses.fields(cls):
        item = value.get(field.name)
        if type(item) is not int or item < 0:
            return None
        fields[field.name] = item
    return fields


class SandboxProcess:
    """An interpreter process for any number of sandboxes; see the module
    docstring.

    vm        None (find_vm()), a binary path, an argv list, a VMCommand, or a
              Transport (e.g. MockTransport in tests)
    max_heap  a process-wide GC limit (bytes or "4G"), passed to the
              interpreter as PYPY_GC_MAX; None = the interpreter derives its
              own from the sandboxes' quotas (the normal case)
    """

    def __init__(self, vm: VMSpec = None,
                 max_heap: Union[int, str, None] = None) -> None:
        self.max_heap = parse_size(max_heap) if max_heap is not None else 0
        self.vm_info: dict = {}
        self._lock = threading.Lock()       # one request at a time
        self._state = threading.Lock()      # the fields below
        self._sids: Set[int] = set()
        self._next_sid = 1
        self._in_flight: Optional["Sandbox"] = None
        self._closed = False
        self._death: Optional[SandboxCrashed] = None
        if isinstance(vm, Transport):
            self._transport = vm
        else:
            if isinstance(vm, str):
                vm = [vm]
            self._transport = SubprocessTransport(
                vm, max_heap=self.max_heap or None)
        try:
            self._handshake()
        except BaseException as e:
            self._abort(e)
            raise

    def _handshake(self) -> None:
        ready = self._transport.recv(STARTUP_TIMEOUT)
        if ready[0] != "ready":
            raise ProtocolError("expected 'ready' from the interpreter, got %r"
                                % ready[0])
        if ready[1] != PROTOCOL_VERSION:
            raise ProtocolError("interpreter speaks protocol version %d, the "
                                "controller %d" % (ready[1], PROTOCOL_VERSION))
        self.vm_info = ready[2]

    # -- public -------------------------------------------------------------

    def process_stats(self) -> ProcessStats:
        """The interpreter's own view of its memory and its sandboxes."""
        return ProcessStats(**self._control(
            None, ["process_stats"], lambda v: _fields_of(ProcessStats, v)))

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Shut the interpreter down (every sandbox in it is closed with
        it); waits for a request in flight to end first. Idempotent."""
        with self._lock:
            with self._state:
                if self._closed:
                    return
                self._closed = True
            self._transport.close()

    def __enter__(self) -> "SandboxProcess":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return "<SandboxProcess %s, %d sandboxes>" % (state, len(self._sids))

    # -- for Sandbox ----------------------------------------------------------

    def _create(self, sandbox: "Sandbox", options: dict) -> int:
        """Create `sandbox` in the interpreter; its new sid."""
        with self._state:
            sid = self._allocate_sid()
        try:
            self._control(None, ["create", sid, options])
        except BaseException:
            with self._state:
                self._sids.discard(sid)
            raise
        return sid

    def _destroy(self, sandbox: "Sandbox") -> None:
        """Close `sandbox` and give its memory back to the process."""
        with self._lock:
            if sandbox._closed:
                return
            sandbox._closed = True
            try:
                if not self._closed:
                    self._control_locked(None, ["destroy", sandbox._sid])
            except (ProtocolError, SandboxCrashed):
                # refused (the interpreter holds no such sandbox), or the
                # process is gone (closed with it, and every sandbox learns
                # why at its next request): either way nothing is left
                pass
            finally:
                with self._state:
                    self._sids.discard(sandbox._sid)

    def _stats(self, sandbox: "Sandbox", collect: bool) -> HeapStats:
        return HeapStats(**self._control(
            sandbox, ["stats", sandbox._sid, {"collect": bool(collect)}],
            lambda v: _fields_of(HeapStats, v)))

    def _cancel(self, sandbox: "Sandbox") -> bool:
        # The signal stops whatever request runs in the process: send it
        # only while this sandbox's request is the one in flight. Checked
        # and sent under _state, which the request holds to clear
        # _in_flight, so the request cannot end in between on our side.
        with self._state:
            if self._closed or self._in_flight is not sandbox:
                return False
            return self._transport.interrupt()

    def _request(self, sandbox: Optional["Sandbox"], message: list,
                 backstop: Optional[float]) -> list:
        """Send `message` for `sandbox` (None: a request of the process) and
        return its final reply; output frames go to `sandbox._emit`."""
        with self._lock:
            return self._request_locked(sandbox, message, backstop)

    # -- plumbing -----------------------------------------------------------

    def _request_locked(self, sandbox: Optional["Sandbox"], message: list,
                        backstop: Optional[float]) -> list:
        if sandbox is not None:
            sandbox._check_open()
        self._check_open()
        with self._state:
            self._in_flight = sandbox
        try:
            try:
                self._transport.send(message)
            except (TypeError, ValueError):
                raise               # could not encode: nothing was sent
            except BaseException as e:
                self._abort(e, sandbox)
                raise
            try:
                reply, callback_error = self._final_reply(sandbox, backstop)
            except BaseException as e:
                self._abort(e, sandbox)
                raise
        finally:
            with self._state:
                self._in_flight = None
        if callback_error is not None:
            raise callback_error    # the process is in step: nothing to close
        return reply

    def _final_reply(self, sandbox: Optional["Sandbox"],
                     backstop: Optional[float]) -> tuple:
        # The backstop runs from the request's start, like the guest's own
        # deadline, so a chatty guest cannot extend it.
        deadline = None if backstop is None else time.monotonic() + backstop
        callback_error: Optional[Exception] = None
        while True:
            remaining = None if deadline is None else \
                max(0.0, deadline - time.monotonic())
            reply = self._transport.recv(remaining)
            kind = reply[0]
            if kind == "output":
                if sandbox is None:
                    raise ProtocolError("'output' in reply to a request that "
                                        "runs no guest code")
                if callback_error is None:
                    try:
                        sandbox._emit(STREAMS[reply[1]], reply[2])
                    except Exception as e:
                        # Stop the guest, read on to the final reply (the
                        # process stays in step), then raise e.
                        callback_error = e
                        self._transport.interrupt()
            elif kind == "import":
                # the guest imports a granted module: answer, read on
                if sandbox is None:
                    raise ProtocolError("'import' in reply to a request that "
                                        "runs no guest code")
                started = time.monotonic()
                name = reply[1]
                self._transport.send(["module", name,
                                      sandbox._module_code(name)])
                if deadline is not None:
                    # the host's own time (compiling) is not the child's
                    deadline += time.monotonic() - started
            elif kind == "ready":
                raise ProtocolError("unexpected 'ready' in the middle of a "
                                    "request")
            else:
                return reply, callback_error

    def _control(self, sandbox: Optional["Sandbox"], message: list,
                 check: Optional[Callable[[Any], Any]] = None) -> Any:
        with self._lock:
            return self._control_locked(sandbox, message, check)

    def _control_locked(self, sandbox: Optional["Sandbox"], message: list,
                        check: Optional[Callable[[Any], Any]] = None) -> Any:
        """A request that must end in `result` (or a refusal). `check` maps
        the result's value to what is returned, or to None if it has the
        wrong shape (checked under the lock: no other request is running
        when a bad reply kills the process)."""
        reply = self._request_locked(sandbox, message, CONTROL_TIMEOUT)
        if reply[0] == "result":
            if check is None:
                return reply[1]
            value = check(reply[1])
            if value is not None:
                return value
        elif reply[0] == "protocol_error":
            raise ProtocolError("the interpreter refused the request: %s"
                                % reply[1])
        self._fail_reply(message[0], reply)

    def _fail_reply(self, what: str, reply: Any):
        error = ProtocolError("malformed reply to %r: %.200r" % (what, reply))
        self._abort(error)
        raise error

    def _allocate_sid(self) -> int:
        if self._closed:
            raise self._closed_error()
        for _ in range(MAX_SID):
            sid = self._next_sid
            self._next_sid = sid + 1 if sid < MAX_SID else 1
            if sid not in self._sids:
                self._sids.add(sid)
                return sid
        raise RuntimeError("no free sandbox id")   # 2**31 live sandboxes

    def _check_open(self) -> None:
        if self._closed:
            raise self._closed_error()

    def _closed_error(self) -> Exception:
        death = self._death
        if death is None:
            return SandboxClosed("the sandbox process is closed")
        return SandboxClosed("the sandbox process crashed: %s" % death)

    def _abort(self, cause: BaseException,
               sandbox: Optional["Sandbox"] = None) -> None:
        """The reply stream is out of step or the child is gone: stop it and
        remember why, for the other sandboxes (`Sandbox._check_open`)."""
        if isinstance(cause, SandboxCrashed):
            death = cause
        elif isinstance(cause, ProtocolError):
            death = SandboxCrashed("interpreter killed after a protocol "
                                   "error: %s" % cause)
        elif isinstance(cause, KeyboardInterrupt):
            death = SandboxCrashed("interpreter killed: the host was "
                                   "interrupted")
        else:
            death = SandboxCrashed("interpreter killed after a host error: "
                                   "%s: %s" % (type(cause).__name__, cause))
        with self._state:
            self._closed = True
            if self._death is None:
                self._death = death
        if sandbox is not None:
            sandbox._closed = True      # it saw the error itself
        self._transport.kill()

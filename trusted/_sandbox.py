"""`Sandbox`: one restricted interpreter, driven from the host.

    with Sandbox(heap="64M", timeout=1.0, modules=["math"]) as sb:
        sb.exec(source, "model.py")        # compile on the host, run inside
        sb.call("predict", [1.0, 2.0])     # -> a copy of the return value
        sb.get("RESULTS")                  # -> a copy of a guest global
        print(sb.stdout)

Lifecycle: the interpreter starts in the constructor, which also sends the
sandbox's configuration (heap quota, builtins, modules, argv) once. Requests
go one at a time (a lock serialises threads). `close()` (or leaving the
`with` block) shuts the interpreter down; afterwards, and after any crash,
every request raises `SandboxClosed`.

Output: what the guest prints arrives while it runs. With `on_output`, each
chunk is passed on as `on_output(stream, text)` (`stream` is "stdout" or
"stderr") and nothing is kept; without it, chunks are kept and readable as
`sb.stdout`, `sb.stderr` and `sb.output` (both, in the order written) until
`sb.clear_output()`. An exception raised by `on_output` aborts the request
and closes the sandbox (the interpreter's replies can no longer be read in
order).

Errors (trusted/_exceptions.py): an uncaught guest exception raises
`GuestError` with a Python-style `formatted` traceback built from the source
the sandbox was given (`HeapQuotaExceeded` for a MemoryError when a heap
quota is set); a limit raises `TimeLimitExceeded` / `LimitExceeded`; these
leave the sandbox usable. A dead or unresponsive interpreter raises
`SandboxCrashed`, a malformed frame from it `ProtocolError`; both close the
sandbox. A request the interpreter refused as malformed raises
`ProtocolError` too (a bug on the host side) but the sandbox stays open.
Host values that cannot be copied in raise TypeError/ValueError before
anything is sent.
"""

from __future__ import annotations

import math
import re
import threading
import time
from typing import Any, Callable, Iterable, List, Optional, Sequence, Tuple, Union

from trusted import _compiler
from trusted._exceptions import (Cancelled, CpuTimeExceeded, GuestError,
                                 HeapQuotaExceeded, InstructionLimitExceeded,
                                 LimitExceeded, ProtocolError, SandboxClosed,
                                 TimeLimitExceeded)
from trusted._traceback import SourceMap, format_traceback
from trusted._transport import SubprocessTransport, Transport, VMCommand
from trusted._wire import PROTOCOL_VERSION, STREAMS

# The interpreter enforces the guest's deadline itself; the host only steps in
# when it stays silent this long past that deadline (then it is hung: killed).
TIMEOUT_GRACE = 2.0
# Backstop for requests without a guest deadline: start-up (the untranslated
# interpreter takes seconds), configure, get.
STARTUP_TIMEOUT = 60.0
CONTROL_TIMEOUT = 60.0

OutputCallback = Callable[[str, str], None]
VMSpec = Union[None, str, Sequence[str], VMCommand, Transport]

_UNITS = {"": 1, "b": 1,
          "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10,
          "m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
          "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30}
_SIZE_RE = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Z]*)\s*\Z")


def parse_size(text: Union[str, int]) -> int:
    """Bytes in a size like "64M", "512KiB", "1.5G" or "1048576".

    Units are binary: K/KB/KiB = 1024, M/MB/MiB = 1024**2, G/GB/GiB =
    1024**3 (case-insensitive); no unit means bytes. ValueError otherwise.
    """
    if isinstance(text, int) and not isinstance(text, bool):
        if text < 0:
            raise ValueError("size must not be negative: %d" % text)
        return text
    if not isinstance(text, str):
        raise ValueError("size must be a str or an int, not %s"
                         % type(text).__name__)
    match = _SIZE_RE.match(text)
    unit = _UNITS.get(match.group(2).lower()) if match else None
    if unit is None:
        raise ValueError("invalid size %r: expected a number of bytes with an "
                         "optional unit K, M, G (or KiB, MiB, GiB), e.g. '64M'"
                         % text)
    return int(float(match.group(1)) * unit) if "." in match.group(1) \
        else int(match.group(1)) * unit


def format_size(size: int) -> str:
    """"64 MiB", "1 GiB", "512 KiB" or "1000 bytes": the largest exact unit."""
    for name, unit in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size and size % unit == 0:
            return "%d %s" % (size // unit, name)
    return "%d bytes" % size


def _check_timeout(timeout: Optional[float], what: str = "timeout") -> Optional[float]:
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) \
            or not (0 < timeout < 1e9):
        raise ValueError("%s must be a positive number of seconds or "
                         "None, not %r" % (what, timeout))
    return float(timeout)


def _check_instructions(count: Optional[int]) -> Optional[int]:
    if count is None:
        return None
    if isinstance(count, bool) or not isinstance(count, int) or not 0 < count < 2 ** 62:
        raise ValueError("instructions must be a positive int or None, not %r" % (count,))
    return count


def _names(kind: str, values: Iterable[str]) -> List[str]:
    if isinstance(values, str):
        raise TypeError("%s must be a list of str, not a str" % kind)
    values = list(values)
    for v in values:
        if not isinstance(v, str):
            raise TypeError("%s must be a list of str, got %r" % (kind, v))
    return values


class Sandbox:
    """A restricted interpreter with its own limits; see the module docstring.

    heap     heap quota: bytes (int) or a size string ("64M"); None or 0 = none
    timeout  seconds each exec/call may run; None = no limit
    builtins names of the builtins the guest may see; None = all
    modules  names of the modules the guest may import (default: none)
    argv     sys.argv inside the guest (when "sys" is in modules)
    vm       None (find_vm()), a binary path, an argv list, a VMCommand, or a
             Transport (e.g. MockTransport in tests)
    on_output  callback(stream, text) for guest output; None = keep it
    """

    def __init__(self, heap: Union[int, str, None] = None,
                 timeout: Optional[float] = None,
                 cpu_time: Optional[float] = None,
                 instructions: Optional[int] = None,
                 builtins: Optional[Iterable[str]] = None,
                 modules: Iterable[str] = (), argv: Iterable[str] = (),
                 vm: VMSpec = None,
                 on_output: Optional[OutputCallback] = None) -> None:
        self.heap = parse_size(heap) if heap is not None else 0
        self.timeout = _check_timeout(timeout)
        self.cpu_time = _check_timeout(cpu_time, "cpu_time")
        self.instructions = _check_instructions(instructions)
        self.builtins = None if builtins is None else _names("builtins", builtins)
        self.modules = _names("modules", modules)
        self.argv = _names("argv", argv)
        self.on_output = on_output
        self.vm_info: dict = {}
        self._chunks: List[Tuple[str, str]] = []
        self._sources = SourceMap()
        self._lock = threading.Lock()
        self._closed = False
        if isinstance(vm, Transport):
            self._transport = vm
        else:
            if isinstance(vm, str):
                vm = [vm]
            self._transport = SubprocessTransport(vm, heap=self.heap or None)
        try:
            self._handshake()
        except BaseException:
            self._abort()
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
        options = {"heap": self.heap, "modules": self.modules,
                   "argv": self.argv}
        if self.builtins is not None:
            options["builtins"] = self.builtins
        self._request(["configure", options], CONTROL_TIMEOUT)

    # -- public requests ----------------------------------------------------

    def exec(self, source: str, filename: str = "<sandbox>") -> None:
        """Compile `source` on the host and run it as the guest's __main__.

        Raises CompileError (nothing ran) or the errors listed in the module
        docstring. Globals persist across exec() and call().
        """
        self._check_open()
        code = _compiler.compile_module(source, filename)
        self._sources.add(filename, source)
        self._request(["exec", code, self._run_options()], self._backstop())

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Call the guest global `name` with copies of the arguments."""
        return self._request(["call", name, list(args), kwargs,
                              self._run_options()], self._backstop())

    def get(self, name: str) -> Any:
        """A copy of the guest global `name` (GuestError NameError if none)."""
        return self._request(["get", name], CONTROL_TIMEOUT)

    def close(self) -> None:
        """Shut the interpreter down; idempotent."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._transport.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return "<Sandbox %s heap=%s timeout=%s>" % (
            state, format_size(self.heap) if self.heap else None, self.timeout)

    # -- output -------------------------------------------------------------

    @property
    def stdout(self) -> str:
        return "".join(text for stream, text in self._chunks
                       if stream == "stdout")

    @property
    def stderr(self) -> str:
        return "".join(text for stream, text in self._chunks
                       if stream == "stderr")

    @property
    def output(self) -> str:
        return "".join(text for _, text in self._chunks)

    def clear_output(self) -> None:
        self._chunks = []

    def _emit(self, stream: str, text: str) -> None:
        if self.on_output is not None:
            self.on_output(stream, text)
        else:
            self._chunks.append((stream, text))

    # -- plumbing -----------------------------------------------------------

    def _run_options(self) -> dict:
        options = {"timeout": self.timeout or 0.0}
        if self.cpu_time is not None:
            options["cpu_time"] = self.cpu_time
        if self.instructions is not None:
            options["instructions"] = self.instructions
        return options

    def _backstop(self) -> Optional[float]:
        # CPU time never runs faster than wall time, so either limit bounds
        # how long a healthy interpreter can stay silent
        limits = [t for t in (self.timeout, self.cpu_time) if t is not None]
        return None if not limits else max(limits) + TIMEOUT_GRACE

    def cancel(self) -> bool:
        """Stop the running request, from any thread: the guest is unwound
        (its handlers do not run) and the request raises `Cancelled`; the
        sandbox stays usable.  Returns False when nothing was running (the
        request may also finish on its own just before the cancel lands)."""
        if self._closed or not self._lock.locked():
            return False
        return self._transport.interrupt()

    def _check_open(self) -> None:
        if self._closed:
            raise SandboxClosed("the sandbox is closed")

    def _abort(self) -> None:
        # The reply stream is out of step or the child is gone: never reuse.
        self._closed = True
        self._transport.kill()

    def _request(self, message: list, backstop: Optional[float]) -> Any:
        with self._lock:
            self._check_open()
            try:
                self._transport.send(message)
            except (TypeError, ValueError):
                raise               # could not encode: nothing was sent
            except BaseException:
                self._abort()
                raise
            try:
                reply = self._final_reply(backstop)
            except BaseException:
                self._abort()
                raise
        return self._outcome(reply)

    def _final_reply(self, backstop: Optional[float]) -> list:
        # The backstop runs from the request's start, like the guest's own
        # deadline, so a chatty guest cannot extend it.
        deadline = None if backstop is None else time.monotonic() + backstop
        while True:
            remaining = None if deadline is None else \
                max(0.0, deadline - time.monotonic())
            reply = self._transport.recv(remaining)
            if reply[0] == "output":
                self._emit(STREAMS[reply[1]], reply[2])
            elif reply[0] == "ready":
                raise ProtocolError("unexpected 'ready' in the middle of a "
                                    "request")
            else:
                return reply

    def _outcome(self, reply: list) -> Any:
        kind = reply[0]
        if kind == "result":
            return reply[1]
        if kind == "error":
            raise self._guest_error(reply[1])
        if kind == "interrupted":
            info = reply[1]
            where = (info.get("filename", ""), info.get("lineno", 0))
            reason = info["reason"]
            if reason == "deadline":
                raise TimeLimitExceeded(info.get("limit", self.timeout or 0),
                                        *where)
            if reason == "cpu":
                raise CpuTimeExceeded(info.get("limit", self.cpu_time or 0), *where)
            if reason == "instructions":
                raise InstructionLimitExceeded(
                    int(info.get("limit", self.instructions or 0)), *where)
            if reason == "cancel":
                raise Cancelled(*where)
            raise LimitExceeded(reason, info.get("limit", 0), *where)
        assert kind == "protocol_error", kind
        raise ProtocolError("the interpreter refused the request: %s"
                            % reply[1])

    def _guest_error(self, info: dict) -> GuestError:
        entries = [(f, n, fn) for f, n, fn in info["traceback"]]
        formatted = format_traceback(info["type"], info["message"], entries,
                                     self._sources)
        if info["type"] == "MemoryError" and self.heap:
            return HeapQuotaExceeded(info["type"], info["message"], entries,
                                     formatted, quota=self.heap)
        return GuestError(info["type"], info["message"], entries, formatted)

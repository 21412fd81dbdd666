"""Transports: how messages reach an interpreter and come back.

`SandboxProcess` talks to a `Transport`; it never touches pipes or processes
itself.

- `SubprocessTransport` runs the interpreter as a child process speaking
  framed messages on its stdin/stdout (docs/protocol.md). It is written so
  that the host never hangs on it and never dies with it: every read and
  write has a deadline, a silent child is killed ("unresponsive"), a dead
  child or a malformed frame becomes `SandboxCrashed` / `ProtocolError`, and
  the child's stderr is kept (bounded) for the error message.
- `MockTransport` is an in-process stand-in for unit tests, in the spirit of
  httpx.MockTransport: a handler function plays the interpreter, and its
  replies still go through the real encoder and the hostile-input decoder.

`find_vm()` decides which interpreter binary to run (see its docstring).
"""

from __future__ import annotations

import collections
import os
import selectors
import signal
import subprocess
import threading
import time
import weakref
from pathlib import Path
from typing import (Any, Callable, Deque, Dict, Iterable, List, NamedTuple,
                    Optional, Sequence, Union)

from trusted._exceptions import ProtocolError, SandboxCrashed, VMNotFound
from trusted._wire import (HEADER, MAX_FRAME, PROTOCOL_VERSION,
                           decode_reply, encode_frame, frame_length)

REPO = Path(__file__).resolve().parent.parent

# The signal that cancels the running request (see rpython_sandbox/limits.py).
CANCEL_SIGNAL = signal.SIGUSR1

STDERR_TAIL = 64 * 1024        # bytes of the child's stderr kept for errors
READ_CHUNK = 1024 * 1024
STALL_TIMEOUT = 30.0           # a write making no progress this long = hung child
SHUTDOWN_TIMEOUT = 2.0         # grace for a clean exit after ["shutdown"]

UNTRANSLATED_TARGET = REPO / "rpython_sandbox" / "targetsandbox.py"
TOOLCHAIN_ENV = REPO / "build" / "toolchain.env"
TRANSLATED_VM = REPO / "build" / "pypy-sandbox-vm"


class VMCommand(NamedTuple):
    """How to start an interpreter: argv plus the environment it needs."""
    argv: List[str]
    env: Dict[str, str] = {}


def _read_toolchain_env() -> Dict[str, str]:
    path = TOOLCHAIN_ENV
    try:
        text = path.read_text()
    except OSError as e:
        raise VMNotFound("untranslated mode needs %s (written by "
                         "translate.sh): %s" % (path, e)) from None
    values = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


def find_vm() -> VMCommand:
    """The interpreter to run, in order of precedence:

    1. PYPY_SANDBOX_UNTRANSLATED=1: the interpreter untranslated, i.e.
       rpython_sandbox/targetsandbox.py run by the RPython host (PyPy 2.7)
       named in build/toolchain.env; slow, but needs no translation.
    2. PYPY_SANDBOX_VM: the path of an interpreter binary.
    3. build/pypy-sandbox-vm in the repository holding this package.
    """
    if os.environ.get("PYPY_SANDBOX_UNTRANSLATED") == "1":
        toolchain = _read_toolchain_env()
        host = toolchain.get("RPYTHON_HOST")
        if not host:
            raise VMNotFound("%s does not name RPYTHON_HOST" % TOOLCHAIN_ENV)
        path = [p for p in (toolchain.get("RPYTHONPATH"), str(REPO)) if p]
        return VMCommand([host, str(UNTRANSLATED_TARGET)],
                         # PATH: the untranslated toolchain runs gcc for its
                         # platform checks
                         {"PYTHONPATH": os.pathsep.join(path),
                          "PATH": os.environ.get("PATH", "/usr/bin:/bin")})
    explicit = os.environ.get("PYPY_SANDBOX_VM")
    return VMCommand([explicit or str(TRANSLATED_VM)])


# The interpreter's exit status when its process-wide GC limit (the backstop
# behind the per-sandbox quotas) was reached: docs/protocol.md.
EXIT_BACKSTOP = 4


def _status_text(returncode: Optional[int]) -> str:
    if returncode is None:
        return "interpreter closed its output"
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = "signal %d" % -returncode
        return "interpreter killed by %s" % name
    if returncode == 3:
        return "interpreter exited with status 3 (input stream broken)"
    if returncode == EXIT_BACKSTOP:
        return "interpreter process hit its memory backstop"
    return "interpreter exited with status %d" % returncode


class Transport:
    """What `SandboxProcess` needs from a connection to an interpreter.

    send() raises TypeError/ValueError before anything is written when the
    message cannot be encoded (the connection is still fine); any other
    exception from send() or recv() means the connection is gone.
    """

    def send(self, message: list) -> None:
        raise NotImplementedError

    def recv(self, timeout: Optional[float]) -> list:
        """The next well-formed message; `timeout` None waits indefinitely.

        Raises SandboxCrashed if the interpreter died or said nothing for
        `timeout` seconds (it is killed then), ProtocolError on a bad frame.
        """
        raise NotImplementedError

    def close(self) -> None:
        """Ask the interpreter to exit, kill it if it does not; idempotent."""
        raise NotImplementedError

    def kill(self) -> None:
        """Stop the interpreter now; idempotent."""
        raise NotImplementedError

    def interrupt(self) -> bool:
        """Ask the interpreter to cancel the running request (it answers
        with `interrupted`, reason "cancel"); True if the request was sent."""
        return False


class _StderrTail(threading.Thread):
    """Drains the child's stderr so it never blocks on it; keeps the tail."""

    def __init__(self, stream) -> None:
        super().__init__(name="pypy-sandbox-stderr", daemon=True)
        self._fd = stream.fileno()
        self._stream = stream
        self._tail = bytearray()
        self._lock = threading.Lock()

    def run(self) -> None:
        try:
            while True:
                chunk = os.read(self._fd, READ_CHUNK)
                if not chunk:
                    break
                with self._lock:
                    self._tail += chunk
                    del self._tail[:-STDERR_TAIL]
        except OSError:
            pass
        finally:
            self._stream.close()

    def text(self) -> str:
        with self._lock:
            return self._tail.decode("utf-8", "replace")


def _reap(proc: subprocess.Popen) -> None:
    # weakref.finalize callback: a Sandbox dropped without close() must not
    # leave its interpreter running.
    if proc.poll() is None:
        proc.kill()
        proc.wait()


class SubprocessTransport(Transport):
    """The interpreter as a child process; see the module docstring."""

    def __init__(self, command: Union[VMCommand, Sequence[str], None] = None,
                 *, max_heap: Optional[int] = None) -> None:
        if command is None:
            command = find_vm()
        elif not isinstance(command, VMCommand):
            command = VMCommand(list(command))
        env = dict(command.env)
        if max_heap:
            # Only on the host's explicit request: otherwise the interpreter
            # sets its own GC limit from the sandboxes' quotas.
            env["PYPY_GC_MAX"] = str(max_heap)
        self.command = command
        try:
            self._proc = subprocess.Popen(
                command.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                # The child stays in the host's process group on purpose:
                # a signal to the group (Ctrl-C, terminal hang-up, a
                # supervisor stopping the job) must reach it too, or a guest
                # without a deadline would spin on as an orphan.
                stderr=subprocess.PIPE, close_fds=True, env=env, bufsize=0)
        except OSError as e:
            raise VMNotFound(
                "cannot start the interpreter %s: %s (build it with "
                "./translate.sh, or set PYPY_SANDBOX_VM)"
                % (command.argv[0], e.strerror or e)) from None
        self._finalizer = weakref.finalize(self, _reap, self._proc)
        self._stdin = self._proc.stdin.fileno()
        self._stdout = self._proc.stdout.fileno()
        os.set_blocking(self._stdin, False)
        os.set_blocking(self._stdout, False)
        self._stderr = _StderrTail(self._proc.stderr)
        self._stderr.start()
        self._buffer = bytearray()
        self._dead = False

    @property
    def pid(self) -> int:
        return self._proc.pid

    @property
    def returncode(self) -> Optional[int]:
        return self._proc.poll()

    def stderr_text(self) -> str:
        return self._stderr.text()

    # -- messages ---------------------------------------------------------

    def send(self, message: list) -> None:
        frame = encode_frame(message)   # may raise: nothing written yet
        self._check_alive()
        view = memoryview(frame)
        with selectors.DefaultSelector() as sel:
            sel.register(self._stdin, selectors.EVENT_WRITE)
            sel.register(self._stdout, selectors.EVENT_READ)
            stall_deadline = time.monotonic() + STALL_TIMEOUT
            while view:
                remaining = stall_deadline - time.monotonic()
                if remaining <= 0:
                    self._unresponsive()
                for key, _ in sel.select(remaining):
                    if key.fd == self._stdout:
                        # Keep reading while we write, so a child that talks
                        # before it has read the whole frame cannot deadlock us.
                        self._read_some()
                        if len(self._buffer) > HEADER.size + MAX_FRAME:
                            self._fail(ProtocolError(
                                "interpreter sent more than a frame while "
                                "being sent a request"))
                        continue
                    try:
                        written = os.write(self._stdin, view[:READ_CHUNK])
                    except BlockingIOError:
                        continue
                    except (BrokenPipeError, ConnectionResetError):
                        self._died()
                    view = view[written:]
                    stall_deadline = time.monotonic() + STALL_TIMEOUT

    def recv(self, timeout: Optional[float]) -> list:
        self._check_alive()
        deadline = None if timeout is None else time.monotonic() + timeout
        with selectors.DefaultSelector() as sel:
            sel.register(self._stdout, selectors.EVENT_READ)
            while True:
                message = self._take_frame()
                if message is not None:
                    return message
                remaining = None
                if deadline is not None:
                    remaining = max(0.0, deadline - time.monotonic())
                if sel.select(remaining):
                    self._read_some()
                elif remaining is not None and time.monotonic() >= deadline:
                    # checked after a last poll: what already arrived counts
                    self._unresponsive()

    def _take_frame(self) -> Optional[list]:
        buf = self._buffer
        if len(buf) < HEADER.size:
            return None
        try:
            length = frame_length(bytes(buf[:HEADER.size]))
        except ProtocolError as e:
            self._fail(e)
        end = HEADER.size + length
        if len(buf) < end:
            return None
        payload = bytes(buf[HEADER.size:end])
        del buf[:end]
        try:
            return decode_reply(payload)
        except ProtocolError as e:
            self._fail(e)

    def _read_some(self) -> None:
        try:
            chunk = os.read(self._stdout, READ_CHUNK)
        except BlockingIOError:
            return
        if not chunk:
            self._died()
        self._buffer += chunk

    # -- ending -----------------------------------------------------------

    def _check_alive(self) -> None:
        if self._dead:
            raise SandboxCrashed("the interpreter is no longer running",
                                 self._proc.returncode, self.stderr_text())

    def _fail(self, error: ProtocolError):
        self.kill()
        raise error

    def _unresponsive(self):
        self.kill()
        raise SandboxCrashed("interpreter unresponsive, killed",
                             self._proc.returncode, self.stderr_text())

    def _died(self):
        """EOF or a broken pipe: collect the exit status and raise."""
        try:
            self._proc.wait(SHUTDOWN_TIMEOUT)
        except subprocess.TimeoutExpired:
            pass            # closed its stdout but lives on: kill() below
        returncode = self._proc.poll()
        self.kill()
        self._stderr.join(1.0)
        stderr = self.stderr_text()
        message = _status_text(returncode)
        last = [line for line in stderr.splitlines() if line.strip()][-1:]
        if last:
            message += ": " + last[0].strip()[:300]
        raise SandboxCrashed(message, returncode, stderr)

    def kill(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()
        self._release()

    def interrupt(self) -> bool:
        # SIGUSR1 becomes a flag the interpreter's interrupt check reads
        # (rpython_sandbox/limits.py); the pipe stays in step
        if self._proc.poll() is not None:
            return False
        try:
            os.kill(self._proc.pid, CANCEL_SIGNAL)
        except ProcessLookupError:
            return False
        return True

    def close(self) -> None:
        if not self._dead and self._proc.poll() is None:
            try:
                self.send(["shutdown"])
                self._proc.wait(SHUTDOWN_TIMEOUT)
            except (SandboxCrashed, ProtocolError, subprocess.TimeoutExpired):
                pass
        self.kill()

    def _release(self) -> None:
        if self._dead:
            return
        self._dead = True
        for stream in (self._proc.stdin, self._proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
        self._stderr.join(1.0)
        self._finalizer.detach()


# ---------------------------------------------------------------------------

Handler = Callable[[list], Iterable[Union[list, bytes]]]


class MockTransport(Transport):
    """An interpreter played by `handler`, in-process, for unit tests.

    `handler(request)` returns the messages the interpreter would send in
    reply (it may also raise SandboxCrashed to play a crash). A reply given
    as `bytes` is taken as a raw frame payload, to play garbage. Replies are
    encoded and decoded with the real wire code, so hostile-input checks run.
    A request that gets no final reply behaves like a hung child
    (SandboxCrashed "unresponsive").
    """

    def __init__(self, handler: Handler,
                 ready_info: Optional[Dict[str, Any]] = None) -> None:
        self.handler = handler
        self.requests: List[list] = []
        self.closed = False
        info = {"jit": False, "bytecode": 1} if ready_info is None else ready_info
        self._pending: Deque[Union[list, bytes]] = collections.deque(
            [["ready", PROTOCOL_VERSION, info]])

    def send(self, message: list) -> None:
        encode_frame(message)       # what the real transport would refuse
        if self.closed:
            raise SandboxCrashed("the interpreter is no longer running")
        self.requests.append(message)
        self._pending.extend(self.handler(message) or ())

    def recv(self, timeout: Optional[float]) -> list:
        if self.closed or not self._pending:
            self.closed = True
            raise SandboxCrashed("interpreter unresponsive, killed")
        reply = self._pending.popleft()
        payload = reply if isinstance(reply, bytes) else \
            encode_frame(reply)[HEADER.size:]
        try:
            return decode_reply(payload)
        except ProtocolError:
            self.closed = True
            raise

    def close(self) -> None:
        if not self.closed:
            self.requests.append(["shutdown"])
        self.closed = True

    def kill(self) -> None:
        self.closed = True

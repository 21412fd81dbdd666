"""`Sandbox`: one guest, with its own globals, limits and memory pool.

    with Sandbox(heap="64M", timeout=1.0, modules=["math"]) as sb:
        sb.exec(source, "model.py")        # compile on the host, run inside
        sb.call("predict", [1.0, 2.0])     # -> a copy of the return value
        sb.get("RESULTS")                  # -> a copy of a guest global
        print(sb.stdout)

Lifecycle: the constructor creates the sandbox in an interpreter process
(`["create", sid, options]`: heap quota, builtins, modules, argv, output
limit). Without `process=`, the sandbox starts a private interpreter and
`close()` shuts it down; with `process=SandboxProcess(...)`, many sandboxes
share one interpreter and `close()` only destroys this one (its memory goes
back to the process). Requests go one at a time per process (a lock
serialises threads and sandboxes). After `close()`, and after a crash, every
request raises `SandboxClosed` (see trusted/_process.py for how a crash
reaches the other sandboxes of the process). A sandbox dropped without
`close()` stays in a shared process, memory and all, until the process
closes; a private process is killed when it is garbage-collected.

Imports: the guest imports only names in `modules` (the interpreter's
built-in sys and math, or untrusted_stdlib/NAME.py) and the `user_modules`
the host gives as source; the interpreter asks for the code mid-request
and `_module_code` answers (docs/modules.md, trusted/_modules.py).

Output: what the guest prints arrives while it runs. With `on_output`, each
chunk is passed on as `on_output(stream, text)` (`stream` is "stdout" or
"stderr") and nothing is kept; without it, chunks are kept and readable as
`sb.stdout`, `sb.stderr` and `sb.output` (both, in the order written) until
`sb.clear_output()`. An exception raised by `on_output` cancels the request;
once the interpreter has answered, the exception propagates and the sandbox
stays usable. At most `output_limit` bytes (UTF-8, stdout and stderr
together, default 16 MiB) are delivered per request: beyond them the request
stops with `OutputLimitExceeded`.

Errors (trusted/_exceptions.py): an uncaught guest exception raises
`GuestError` with a Python-style `formatted` traceback built from the source
the sandbox was given (`HeapQuotaExceeded` for a MemoryError when a heap
quota is set); a limit raises `TimeLimitExceeded` / `LimitExceeded`; these
leave the sandbox usable. A dead or unresponsive interpreter raises
`SandboxCrashed`, a malformed frame from it `ProtocolError`; both close the
process and every sandbox in it. A request the interpreter refused as
malformed raises `ProtocolError` too (a bug on the host side) but the
sandbox stays open. Host values that cannot be copied in raise
TypeError/ValueError before anything is sent.
"""

from __future__ import annotations

from typing import (Any, Callable, Dict, Iterable, List, Mapping, Optional,
                    Tuple, Union)

from trusted import _compiler, _modules, _process
from trusted._exceptions import (Cancelled, CompileError, CpuTimeExceeded,
                                 GuestError,
                                 HeapQuotaExceeded, InstructionLimitExceeded,
                                 LimitExceeded, OutputLimitExceeded,
                                 ProtocolError, SandboxClosed, SandboxCrashed,
                                 TimeLimitExceeded)
from trusted._process import HeapStats, SandboxProcess, VMSpec
from trusted._sizes import format_size, parse_size
from trusted._traceback import SourceMap, format_chained
from trusted._transport import Transport

__all__ = ["Sandbox", "format_size", "parse_size"]

OutputCallback = Callable[[str, str], None]

DEFAULT_OUTPUT_LIMIT = "16M"


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


def _user_modules(modules: Optional[Mapping[str, str]]) -> Dict[str, str]:
    """Checked {name: source}; every module is compiled once here, so that
    a CompileError shows at construction rather than at import."""
    if modules is None:
        return {}
    if not isinstance(modules, Mapping):
        raise TypeError("user_modules must be a mapping of module name to "
                        "source, not %s" % type(modules).__name__)
    result = {}
    for name, source in modules.items():
        if not _modules.valid_module_name(name):
            raise ValueError("invalid module name %r: a module name must be "
                             "plain identifiers joined by dots (no paths)"
                             % (name,))
        if not isinstance(source, str):
            raise TypeError("the source of module %r must be a str, not %s"
                            % (name, type(source).__name__))
        result[name] = source
    for name, source in result.items():
        _compile_user_module(result, name, source)
    return result


def _is_user_package(user_modules: Mapping[str, str], name: str) -> bool:
    """A user module is a package if another one is inside it ("pkg" with
    "pkg.mod"); a package that is missing is an empty one."""
    prefix = name + "."
    return any(other.startswith(prefix) for other in user_modules)


def _compile_user_module(user_modules: Mapping[str, str], name: str, source: str):
    is_package = _is_user_package(user_modules, name)
    return _modules.compiled(name, source, _modules.module_filename(name, is_package),
                             **_package_arg(name, is_package))


def _package_arg(name: str, is_package: bool) -> dict:
    # top-level modules are compiled as before (no package): keeps the
    # compiler's calls unchanged for them
    package = _modules.package_of(name, is_package)
    return {} if package is None else {"package": package}


class Sandbox:
    """A guest with its own globals and limits; see the module docstring.

    heap     heap quota: bytes (int) or a size string ("64M"); None or 0 = none
    timeout  seconds each exec/call may run; None = no limit
    cpu_time CPU seconds each exec/call may use; None = no limit
    instructions  bytecode instructions each exec/call may run; None = no limit
    builtins names of the builtins the guest may see; None = all
    modules  names of the modules the guest may import (default: none):
             built-in ones (sys, math) and those of untrusted_stdlib/
             (docs/modules.md)
    user_modules  {name: source} of modules written in Python that the
             guest may import (granted without listing them in `modules`);
             compiled here (CompileError), run inside the guest on import
    argv     sys.argv inside the guest (when "sys" is in modules)
    vm       for a private process: None (find_vm()), a binary path, an argv
             list, a VMCommand, or a Transport (e.g. MockTransport in tests)
    on_output  callback(stream, text) for guest output; None = keep it
    process  a SandboxProcess to create the sandbox in (shared with other
             sandboxes); None = start a private one (then `vm` says how)
    output_limit  bytes of output (stdout + stderr, UTF-8) each exec/call may
             write; bytes or a size string; None or 0 = no limit
    """

    def __init__(self, heap: Union[int, str, None] = None,
                 timeout: Optional[float] = None,
                 cpu_time: Optional[float] = None,
                 instructions: Optional[int] = None,
                 builtins: Optional[Iterable[str]] = None,
                 modules: Iterable[str] = (), argv: Iterable[str] = (),
                 vm: VMSpec = None,
                 on_output: Optional[OutputCallback] = None,
                 process: Optional[SandboxProcess] = None,
                 output_limit: Union[int, str, None] = DEFAULT_OUTPUT_LIMIT,
                 user_modules: Optional[Mapping[str, str]] = None
                 ) -> None:
        self.heap = parse_size(heap) if heap is not None else 0
        self.timeout = _check_timeout(timeout)
        self.cpu_time = _check_timeout(cpu_time, "cpu_time")
        self.instructions = _check_instructions(instructions)
        self.builtins = None if builtins is None else _names("builtins", builtins)
        self.modules = _modules.with_implied(_names("modules", modules))
        self._user_modules = _user_modules(user_modules)
        for name in self._user_modules:
            top = _modules.top_level(name)     # a package grants its submodules
            if top not in self.modules:
                self.modules.append(top)
        self.argv = _names("argv", argv)
        self.output_limit = parse_size(output_limit) \
            if output_limit is not None else 0
        self.on_output = on_output
        self._chunks: List[Tuple[str, str]] = []
        self._sources = SourceMap()
        self._closed = False
        self._sid = 0
        if process is None:
            self._owns_process = True
            self._process = SandboxProcess(vm)
        else:
            if vm is not None:
                raise ValueError("give either vm (for a private process) or "
                                 "process, not both")
            if not isinstance(process, SandboxProcess):
                raise TypeError("process must be a SandboxProcess, not %s"
                                % type(process).__name__)
            self._owns_process = False
            self._process = process
        try:
            self._sid = self._process._create(self, self._create_options())
        except BaseException:
            self._closed = True
            if self._owns_process:
                self._process.close()
            raise

    def _module_code(self, name: str) -> Any:
        """The answer to the guest's `["import", name]`: the code of a
        granted module (user modules first, then untrusted_stdlib/), or
        None. Called by the process under its lock, mid-request."""
        if not _modules.valid_module_name(name) or \
                _modules.top_level(name) not in self.modules:
            return None
        source = self._user_modules.get(name)
        if source is None and _is_user_package(self._user_modules, name):
            source = ""         # a package only its submodules were given for
        if source is not None:
            is_package = _is_user_package(self._user_modules, name)
            filename = _modules.module_filename(name, is_package)
        else:
            found = _modules.stdlib_lookup(name)
            if found is None:
                return None
            source, is_package = found
            filename = _modules.STDLIB_PREFIX + _modules.module_filename(name, is_package)
        try:
            code = _modules.compiled(name, source, filename,
                                     **_package_arg(name, is_package))
        except CompileError as e:
            # the guest's ImportError says why (docs/protocol.md "Imports")
            return "module '%s' cannot be imported: it does not compile: %s" % (name, e)
        self._sources.add(filename, source)
        return code

    def _create_options(self) -> dict:
        options = {"heap": self.heap, "modules": self.modules,
                   "argv": self.argv, "output_limit": self.output_limit}
        if self.builtins is not None:
            options["builtins"] = self.builtins
        return options

    # -- public requests ----------------------------------------------------

    def exec(self, source: str, filename: str = "<sandbox>") -> None:
        """Compile `source` on the host and run it as the guest's __main__.

        Raises CompileError (nothing ran) or the errors listed in the module
        docstring. Globals persist across exec() and call().
        """
        self._check_open()
        code = _compiler.compile_module(source, filename)
        self._sources.add(filename, source)
        self._run(["exec", self._sid, code, self._run_options()],
                  self._backstop())

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Call the guest global `name` with copies of the arguments."""
        return self._run(["call", self._sid, name, list(args), kwargs,
                          self._run_options()], self._backstop())

    def get(self, name: str) -> Any:
        """A copy of the guest global `name` (GuestError NameError if none)."""
        return self._run(["get", self._sid, name], _process.CONTROL_TIMEOUT)

    def stats(self, collect: bool = False) -> HeapStats:
        """The sandbox's memory pool: a frozen `HeapStats` (live, peak, quota,
        marks, allocated, in bytes). `live` is as of the pool's last mark;
        `collect=True` runs a full collection and a mark first (slower, but
        `live` is then current)."""
        return self._process._stats(self, collect)

    def cancel(self) -> bool:
        """Stop this sandbox's running request, from any thread: the guest
        is unwound (its handlers do not run) and the request raises
        `Cancelled`; the sandbox stays usable. Returns False when no request
        of this sandbox is in flight (a request of another sandbox in the
        same process is never touched). The request may also finish on its
        own just before the cancel lands."""
        if self._closed:
            return False
        return self._process._cancel(self)

    def close(self) -> None:
        """Close the sandbox: destroy it in a shared process, or shut a
        private process down. Idempotent."""
        if self._owns_process:
            self._process.close()
            self._closed = True
        else:
            self._process._destroy(self)

    @property
    def closed(self) -> bool:
        return self._closed or self._process.closed

    @property
    def process(self) -> SandboxProcess:
        """The interpreter process this sandbox lives in."""
        return self._process

    @property
    def vm_info(self) -> dict:
        """What the interpreter said about itself at start-up."""
        return self._process.vm_info

    @property
    def _transport(self) -> Transport:
        # for tests that play with the child process directly
        return self._process._transport

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return "<Sandbox %d %s heap=%s timeout=%s>" % (
            self._sid, state, format_size(self.heap) if self.heap else None,
            self.timeout)

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
        return None if not limits else max(limits) + _process.TIMEOUT_GRACE

    def _check_open(self) -> None:
        """Raise if the sandbox cannot be used; called again under the
        process lock before each request is sent."""
        if self._closed:
            raise SandboxClosed("the sandbox is closed")
        process = self._process
        if process.closed:
            self._closed = True
            death = process._death
            if death is not None and not self._owns_process:
                # the first this sandbox hears of its process's crash
                raise SandboxCrashed(str(death), death.returncode,
                                     death.stderr)
            raise SandboxClosed("the sandbox is closed")

    def _request(self, message: list, backstop: Optional[float]) -> list:
        # the raw final reply; tests use it to send what the API would not
        return self._process._request(self, message, backstop)

    def _run(self, message: list, backstop: Optional[float]) -> Any:
        return self._outcome(self._request(message, backstop))

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
            if reason == "output":
                raise OutputLimitExceeded(
                    int(info.get("limit", self.output_limit)), *where)
            if reason == "cancel":
                raise Cancelled(*where)
            raise LimitExceeded(reason, info.get("limit", 0), *where)
        assert kind == "protocol_error", kind
        raise ProtocolError("the interpreter refused the request: %s"
                            % reply[1])

    def _guest_error(self, info: dict) -> GuestError:
        entries = [(f, n, fn) for f, n, fn in info["traceback"]]
        formatted = format_chained(info, self._sources)
        if info["type"] == "MemoryError" and self.heap:
            return HeapQuotaExceeded(info["type"], info["message"], entries,
                                     formatted, quota=self.heap)
        return GuestError(info["type"], info["message"], entries, formatted)

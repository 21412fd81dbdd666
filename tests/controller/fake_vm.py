"""A fake interpreter for controller tests: speaks docs/protocol.md (version
2: many sandboxes by sid) on stdin/stdout and runs the guest with CPython.

It is deliberately independent of trusted._wire (its own framing and msgpack
hooks), so the two sides check each other. The test compiler stub
(tests/conftest.py, `FakeCode`) puts the source text in consts[0] of the code
object; exec() runs that text in the sandbox's persistent __main__ dict,
with `print` sending output frames (cut at the sandbox's output limit) and
`import` limited to the sandbox's modules: sys and math are the host
CPython's, any other granted name is asked of the controller mid-request
(`["import", name]`, answered by `["module", name, code or None]`) and run
in a module of that sandbox. SIGUSR1 cancels the running
request. The pool counters of `stats` are made up but consistent: `live` is
the size of the globals' reprs at each mark (after every request, and on
`collect`), `allocated` the bytes of source run.

Guest code misbehaves on request through the global `fake`:
    fake.crash(status)   exit at once with `status`
    fake.signal(signum)  kill itself with a signal
    fake.garbage(data)   write raw bytes to stdout (then carry on)
    fake.send(message)   send an arbitrary (well-framed) message
    fake.hang()          ignore the deadline and never answer
    fake.stderr(text)    write to stderr
    fake.limit(reason)   stop as if a limit other than the deadline hit
    fake.backstop()      exit as the interpreter does at its memory backstop
    fake.env()           the process environment
    fake.ask(name)       send ["import", name], return the answer (a code
                         object's source in place of the code object)
Command-line flags play start-up failures:
    --exit-at-start N, --garbage-at-start, --bad-version, --silent,
    --stderr TEXT (written before anything else)
"""

import builtins
import os
import types
import signal
import struct
import sys
import time
import traceback

import msgpack

MAX_FRAME = 64 * 1024 * 1024
OUTPUT_CHUNK = 4096

stdin = sys.stdin.buffer
stdout = sys.stdout.buffer


class ProtocolFault(Exception):
    pass


class Deadline(BaseException):
    # BaseException: guest `except Exception` must not swallow it.
    pass


class Limit(BaseException):
    def __init__(self, reason):
        self.reason = reason


class FakeCode:
    def __init__(self, fields):
        if type(fields) is not list or len(fields) != 15 or fields[0] != "PSBC":
            raise ProtocolFault("bytecode verification failed: bad code object")
        self.filename = fields[3]
        consts = fields[11]
        if not consts or type(consts[0]) is not str:
            raise ProtocolFault("bytecode verification failed: no source")
        self.source = consts[0]


def ext_hook(code, data):
    if code == 1:
        return tuple(unpack(data))
    if code == 2:
        return int.from_bytes(data, "big", signed=True)
    if code == 3:
        return Ellipsis
    if code == 16:
        return FakeCode(unpack(data))
    raise ProtocolFault("unknown extension type %d" % code)


def unpack(data):
    try:
        return msgpack.unpackb(data, raw=False, strict_map_key=False,
                               ext_hook=ext_hook)
    except ProtocolFault:
        raise
    except Exception as e:
        raise ProtocolFault("malformed msgpack: %s" % e)


def default(obj):
    if isinstance(obj, tuple):
        return msgpack.ExtType(1, pack(list(obj)))
    if obj is Ellipsis:
        return msgpack.ExtType(3, b"")
    if isinstance(obj, int):
        n = (obj + (obj < 0)).bit_length() // 8 + 1
        return msgpack.ExtType(2, obj.to_bytes(n, "big", signed=True))
    raise TypeError("cannot copy %r out of the sandbox" % type(obj).__name__)


def pack(value):
    return msgpack.packb(value, use_bin_type=True, strict_types=True,
                         default=default)


def write_raw(data):
    stdout.write(data)
    stdout.flush()


def send(message):
    payload = pack(message)
    write_raw(struct.pack(">I", len(payload)) + payload)


def read_exact(n):
    data = b""
    while len(data) < n:
        chunk = stdin.read(n - len(data))
        if not chunk:
            return data
        data += chunk
    return data


class Output:
    """Output of the request in flight: buffered, sent in 4 KiB chunks, and
    cut at the sandbox's output limit (UTF-8 bytes, stdout + stderr)."""

    def __init__(self):
        self.pending = []       # (stream, text)
        self.size = 0
        self.written = 0        # bytes of this request so far
        self.limit = 0

    def start(self, limit):
        self.written = 0
        self.limit = limit

    def write(self, stream, text):
        data = text.encode("utf-8")
        if self.limit and self.written + len(data) > self.limit:
            room = self.limit - self.written
            self.written = self.limit
            cut = data[:room].decode("utf-8", "ignore")
            if cut:
                self._append(stream, cut)
            raise Limit("output")
        self.written += len(data)
        self._append(stream, text)

    def _append(self, stream, text):
        self.pending.append((stream, text))
        self.size += len(text)
        if self.size >= OUTPUT_CHUNK:
            self.flush()

    def flush(self):
        for stream, text in self.pending:
            send(["output", stream, text])
        self.pending = []
        self.size = 0


BACKSTOP_OVERHEAD = 2 * 1024 * 1024


def backstop():
    """The process heap limit: the sum of the quotas plus overhead, or none
    as soon as one sandbox has no quota."""
    quotas = [sb.config["heap"] for sb in sandboxes.values()]
    if not quotas or 0 in quotas:
        return 0
    return sum(quotas) + BACKSTOP_OVERHEAD


class Fake:
    def crash(self, status=1):
        output.flush()
        os._exit(status)

    def backstop(self):
        output.flush()
        sys.stderr.write("pypy-sandbox-vm: process memory backstop reached "
                         "(%d bytes)\n" % backstop())
        sys.stderr.flush()
        os._exit(4)

    def signal(self, signum=signal.SIGSEGV):
        output.flush()
        if signum != signal.SIGKILL:
            signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        time.sleep(10)

    def garbage(self, data):
        write_raw(data)

    def send(self, message):
        send(message)

    def hang(self):
        output.flush()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
        while True:
            time.sleep(1000)

    def stderr(self, text):
        sys.stderr.write(text)
        sys.stderr.flush()

    def limit(self, reason):
        raise Limit(reason)

    def env(self):
        return dict(os.environ)

    def ask(self, name):
        output.flush()
        send(["import", name])
        answer = read_message()
        if isinstance(answer, list) and len(answer) == 3 and \
                isinstance(answer[2], FakeCode):
            answer[2] = answer[2].source
        return answer


output = Output()
real_import = builtins.__import__
running = None          # the FakeSandbox whose request runs


def guest_print(*args, sep=" ", end="\n", file=None, flush=False):
    stream = 2 if file is sys.stderr else 1
    output.write(stream, sep.join(str(a) for a in args) + end)


BUILTIN_MODULES = ("sys", "math")


def guest_import(name, *args, **kwargs):
    if running is None or name.split(".")[0] not in running.config["modules"]:
        raise ImportError("module '%s' is not available in this sandbox"
                          % name)
    if name in BUILTIN_MODULES:
        return real_import(name, *args, **kwargs)
    sandbox = running
    module = sandbox.modules.get(name)
    if module is not None:
        return module
    output.flush()
    send(["import", name])
    answer = read_message()
    if type(answer) is not list or len(answer) != 3 or \
            answer[0] != "module" or answer[1] != name or \
            not (answer[2] is None or isinstance(answer[2], FakeCode)):
        raise ImportError("module '%s' could not be imported: bad answer "
                          "from the host" % name)
    code = answer[2]
    if code is None:
        raise ImportError("module '%s' is not available in this sandbox"
                          % name)
    filenames.add(code.filename)
    module = types.ModuleType(name)
    module.__builtins__ = guest_builtins
    sandbox.modules[name] = module      # before running: circular imports
    try:
        exec(compile(code.source, code.filename, "exec"), module.__dict__)
    except BaseException:
        sandbox.modules.pop(name, None)
        raise
    return module


guest_builtins = dict(vars(builtins), print=guest_print,
                      __import__=guest_import)


class FakeSandbox:
    """One sandbox: its globals, options and pool counters."""

    def __init__(self, config):
        self.config = config
        self.globals = {"__name__": "__main__", "__builtins__": guest_builtins,
                        "fake": Fake()}
        self.live = self.peak = self.marks = self.allocated = 0
        self.modules = {}       # name -> module made from the host's code

    def mark(self):
        self.live = sum(len(repr(v)) for k, v in self.globals.items()
                        if k not in ("__builtins__", "fake"))
        self.peak = max(self.peak, self.live)
        self.marks += 1

    def stats(self):
        return {"live": self.live, "peak": self.peak,
                "quota": self.config["heap"], "marks": self.marks,
                "allocated": self.allocated,
                "output_limit": self.config["output_limit"]}


sandboxes = {}          # sid -> FakeSandbox
filenames = set()

CREATE_OPTIONS = {
    "heap": lambda v: type(v) is int and v >= 0,
    "recursion_limit": lambda v: type(v) is int and 1 <= v <= 100000,
    "builtins": lambda v: type(v) is list and all(type(x) is str for x in v),
    "modules": lambda v: type(v) is list and all(type(x) is str for x in v),
    "argv": lambda v: type(v) is list and all(type(x) is str for x in v),
    "output_limit": lambda v: type(v) is int and v >= 0,
}


def on_alarm(signum, frame):
    raise Deadline()


def on_cancel(signum, frame):
    if running is not None:
        raise Limit("cancel")


signal.signal(signal.SIGALRM, on_alarm)
signal.signal(signal.SIGUSR1, on_cancel)


def run_guest(sandbox, thunk, timeout):
    """Run thunk() in `sandbox` with a deadline; return the final reply."""
    global running
    output.start(sandbox.config["output_limit"])
    if "sys" in sandbox.config["modules"]:
        sys.argv = list(sandbox.config["argv"])
    running = sandbox
    if timeout:
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        try:
            value = thunk()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            running = None
            sandbox.mark()
        payload_check = pack(["result", value])  # may fail: not copyable
        del payload_check
        return ["result", value]
    except Deadline as e:
        return interrupted("deadline", timeout, e)
    except Limit as e:
        limit = sandbox.config["output_limit"] if e.reason == "output" \
            else 0.0
        return interrupted(e.reason, limit, e)
    except SystemExit as e:
        code = e.code
        return error_reply("SystemExit", "" if code is None else str(code), e)
    except BaseException as e:
        return error_reply(type(e).__name__, str(e), e)


def guest_entries(exc):
    return [[f.filename, f.lineno, f.name]
            for f in traceback.extract_tb(exc.__traceback__)
            if f.filename in filenames]


def error_reply(type_name, message, exc):
    return ["error", {"type": type_name, "message": message,
                      "traceback": guest_entries(exc)}]


def interrupted(reason, limit, exc):
    entries = guest_entries(exc)
    filename, lineno = (entries[-1][0], entries[-1][1]) if entries else ("", 0)
    # the output limit is a byte count: sent as an int, the others as floats
    limit = limit if reason == "output" else float(limit)
    return ["interrupted", {"reason": reason, "limit": limit,
                            "filename": filename, "lineno": lineno}]


def is_sid(value):
    return type(value) is int and 1 <= value < 2 ** 31


def lookup(sid):
    if not is_sid(sid):
        raise ProtocolFault("bad sandbox id %r" % (sid,))
    if sid not in sandboxes:
        raise ProtocolFault("no sandbox with id %d" % sid)
    return sandboxes[sid]


def create(sid, options):
    if not is_sid(sid) or type(options) is not dict:
        raise ProtocolFault("malformed 'create' message")
    if sid in sandboxes:
        raise ProtocolFault("sandbox %d already exists" % sid)
    for key, value in options.items():
        check = CREATE_OPTIONS.get(key)
        if check is None or not check(value):
            raise ProtocolFault("bad create option %r" % (key,))
    config = {"heap": 0, "modules": [], "argv": [], "recursion_limit": 1000,
              "output_limit": 16 * 1024 * 1024}
    config.update(options)
    sandboxes[sid] = FakeSandbox(config)
    return ["result", None]


def not_defined(name):
    return ["error", {"type": "NameError", "traceback": [],
                      "message": "name %r is not defined" % name}]


def handle(message):
    if type(message) is not list or not message or \
            type(message[0]) is not str:
        raise ProtocolFault("a message must be an array starting with a str")
    kind, args = message[0], message[1:]
    if kind == "create" and len(args) == 2:
        return create(*args)
    if kind == "destroy" and len(args) == 1:
        lookup(args[0])
        del sandboxes[args[0]]
        return ["result", None]
    if kind == "exec" and len(args) == 3 and isinstance(args[1], FakeCode):
        sandbox = lookup(args[0])
        code = args[1]
        filenames.add(code.filename)
        try:
            compiled = compile(code.source, code.filename, "exec")
        except SyntaxError as e:
            raise ProtocolFault("bytecode verification failed: %s" % e)
        sandbox.allocated += len(code.source.encode("utf-8"))
        return run_guest(sandbox, lambda: exec(compiled, sandbox.globals),
                         args[2].get("timeout", 0))
    if kind == "call" and len(args) == 5 and type(args[1]) is str:
        sandbox = lookup(args[0])
        name, pargs, kwargs, options = args[1:]
        if name not in sandbox.globals:
            return not_defined(name)
        return run_guest(sandbox, lambda: sandbox.globals[name](*pargs, **kwargs),
                         options.get("timeout", 0))
    if kind == "get" and len(args) == 2 and type(args[1]) is str:
        sandbox = lookup(args[0])
        name = args[1]
        if name not in sandbox.globals:
            return not_defined(name)
        return run_guest(sandbox, lambda: sandbox.globals[name], 0)
    if kind == "stats" and len(args) == 2 and type(args[1]) is dict:
        sandbox = lookup(args[0])
        if args[1].get("collect"):
            sandbox.mark()
        return ["result", sandbox.stats()]
    if kind == "process_stats" and not args:
        return ["result", {"sandboxes": len(sandboxes),
                           "heap_used": sum(sb.live for sb in sandboxes.values()),
                           "backstop": backstop()}]
    if kind == "shutdown" and not args:
        output.flush()
        sys.exit(0)
    raise ProtocolFault("unknown or malformed message %r" % kind)


def read_payload():
    """The next frame's payload; exits at the end of input."""
    header = read_exact(4)
    if not header:
        sys.exit(0)
    if len(header) < 4:
        sys.exit(3)
    (length,) = struct.unpack(">I", header)
    if length > MAX_FRAME:
        send(["protocol_error", "frame of %d bytes is too long" % length])
        sys.exit(3)
    payload = read_exact(length)
    if len(payload) < length:
        sys.exit(3)
    return payload


def read_message():
    """The controller's next message (mid-request: a 'module' answer);
    a malformed one is an ImportError of the guest."""
    try:
        return unpack(read_payload())
    except ProtocolFault as e:
        raise ImportError("bad answer from the host: %s" % e)


def serve():
    while True:
        payload = read_payload()
        try:
            reply = handle(unpack(payload))
        except ProtocolFault as e:
            reply = ["protocol_error", str(e)]
        output.flush()
        send(reply)


def main(argv):
    if "--stderr" in argv:
        sys.stderr.write(argv[argv.index("--stderr") + 1])
        sys.stderr.flush()
    if "--exit-at-start" in argv:
        sys.exit(int(argv[argv.index("--exit-at-start") + 1]))
    if "--garbage-at-start" in argv:
        write_raw(b"\x00\x00\x00\x03\xc1\xc1\xc1")
    if "--silent" in argv:
        time.sleep(1000)
    send(["ready", 1 if "--bad-version" in argv else 3,
          {"jit": False, "bytecode": 1}])
    serve()


if __name__ == "__main__":
    main(sys.argv[1:])

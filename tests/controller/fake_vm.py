"""A fake interpreter for controller tests: speaks docs/protocol.md on
stdin/stdout and runs the guest with CPython.

It is deliberately independent of trusted._wire (its own framing and msgpack
hooks), so the two sides check each other. The test compiler stub
(tests/conftest.py, `FakeCode`) puts the source text in consts[0] of the code
object; exec() runs that text in a persistent __main__ dict, with `print`
sending output frames and `import` limited to the configured modules.

Guest code misbehaves on request through the global `fake`:
    fake.crash(status)   exit at once with `status`
    fake.signal(signum)  kill itself with a signal
    fake.garbage(data)   write raw bytes to stdout (then carry on)
    fake.send(message)   send an arbitrary (well-framed) message
    fake.hang()          ignore the deadline and never answer
    fake.stderr(text)    write to stderr
    fake.limit(reason)   stop as if a limit other than the deadline hit
Command-line flags play start-up failures:
    --exit-at-start N, --garbage-at-start, --bad-version, --silent,
    --stderr TEXT (written before anything else)
"""

import builtins
import os
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
    def __init__(self):
        self.pending = []       # (stream, text)
        self.size = 0

    def write(self, stream, text):
        self.pending.append((stream, text))
        self.size += len(text)
        if self.size >= OUTPUT_CHUNK:
            self.flush()

    def flush(self):
        for stream, text in self.pending:
            send(["output", stream, text])
        self.pending = []
        self.size = 0


class Fake:
    def crash(self, status=1):
        output.flush()
        os._exit(status)

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
        while True:
            time.sleep(1000)

    def stderr(self, text):
        sys.stderr.write(text)
        sys.stderr.flush()

    def limit(self, reason):
        raise Limit(reason)


output = Output()
config = {"heap": 0, "modules": [], "argv": []}
filenames = set()
real_import = builtins.__import__


def guest_print(*args, sep=" ", end="\n", file=None, flush=False):
    stream = 2 if file is sys.stderr else 1
    output.write(stream, sep.join(str(a) for a in args) + end)


def guest_import(name, *args, **kwargs):
    if name.split(".")[0] not in config["modules"]:
        raise ImportError("No module named %r" % name)
    return real_import(name, *args, **kwargs)


guest_builtins = dict(vars(builtins), print=guest_print,
                      __import__=guest_import)
main_globals = {"__name__": "__main__", "__builtins__": guest_builtins,
                "fake": Fake()}


def on_alarm(signum, frame):
    raise Deadline()


signal.signal(signal.SIGALRM, on_alarm)


def run_guest(thunk, timeout):
    """Run thunk() with a deadline; return the final reply."""
    if timeout:
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        try:
            value = thunk()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        payload_check = pack(["result", value])  # may fail: not copyable
        del payload_check
        return ["result", value]
    except Deadline as e:
        return interrupted("deadline", timeout, e)
    except Limit as e:
        return interrupted(e.reason, 0.0, e)
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
    return ["interrupted", {"reason": reason, "limit": float(limit),
                            "filename": filename, "lineno": lineno}]


def handle(message):
    if type(message) is not list or not message or \
            type(message[0]) is not str:
        raise ProtocolFault("a message must be an array starting with a str")
    kind, args = message[0], message[1:]
    if kind == "configure" and len(args) == 1 and type(args[0]) is dict:
        config.update(args[0])
        if "sys" in config["modules"]:
            sys.argv = list(config["argv"])
        return ["result", None]
    if kind == "exec" and len(args) == 2 and isinstance(args[0], FakeCode):
        code = args[0]
        filenames.add(code.filename)
        try:
            compiled = compile(code.source, code.filename, "exec")
        except SyntaxError as e:
            raise ProtocolFault("bytecode verification failed: %s" % e)
        return run_guest(lambda: exec(compiled, main_globals),
                         args[1].get("timeout", 0))
    if kind == "call" and len(args) == 4 and type(args[0]) is str:
        name, pargs, kwargs, options = args
        if name not in main_globals:
            return ["error", {"type": "NameError", "traceback": [],
                              "message": "name %r is not defined" % name}]
        return run_guest(lambda: main_globals[name](*pargs, **kwargs),
                         options.get("timeout", 0))
    if kind == "get" and len(args) == 1 and type(args[0]) is str:
        name = args[0]
        if name not in main_globals:
            return ["error", {"type": "NameError", "traceback": [],
                              "message": "name %r is not defined" % name}]
        return run_guest(lambda: main_globals[name], 0)
    if kind == "shutdown" and not args:
        output.flush()
        sys.exit(0)
    raise ProtocolFault("unknown or malformed message %r" % kind)


def serve():
    while True:
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
    send(["ready", 2 if "--bad-version" in argv else 1,
          {"jit": False, "bytecode": 1}])
    serve()


if __name__ == "__main__":
    main(sys.argv[1:])

"""`pypy-sandbox script.py [args...]`: run one script in a fresh sandbox.

The command-line face of `Sandbox`, meant to feel like `python script.py`:
guest output is copied to the host's stdout/stderr as it arrives, an uncaught
exception prints a traceback, `sys.argv` is [script.py, args...] (the `sys`
module is granted unless --no-sys).

Exit status:
    0    the script finished (or called sys.exit() / sys.exit(0))
    1    uncaught guest exception, or the script cannot be compiled
         (or sys.exit() with a non-zero code: that code)
    2    usage error: bad option, missing or unreadable script
    3    heap quota exceeded      "pypy-sandbox: heap quota exceeded (64 MiB)"
    4    time limit exceeded      "pypy-sandbox: time limit exceeded (1.0 s)"
         CPU-time limit exceeded  "pypy-sandbox: CPU time limit exceeded (1.0 s)"
         instruction limit        "pypy-sandbox: instruction limit exceeded (N instructions)"
         output limit exceeded    "pypy-sandbox: output limit exceeded (16 MiB)"
    5    the sandbox crashed, could not start, or broke the protocol
                                  "pypy-sandbox: sandbox crashed: ..."
    130  interrupted (Ctrl-C): the interpreter is killed

With --stats, one line about the script's heap follows on stderr once the
script has ended (also after an error or a limit, not after a crash):
    pypy-sandbox: heap live 1.2 MiB, peak 3.4 MiB, quota 64 MiB, 7 marks
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import signal
import sys
from typing import List, Optional

from trusted._exceptions import (CompileError, GuestError, HeapQuotaExceeded,
                                 LimitExceeded, ProtocolError, SandboxCrashed,
                                 SandboxError, TimeLimitExceeded, VMNotFound,
                                 Cancelled, CpuTimeExceeded,
                                 InstructionLimitExceeded, OutputLimitExceeded)
from trusted._modules import read_module_dir
from trusted._process import HeapStats
from trusted._sandbox import DEFAULT_OUTPUT_LIMIT, Sandbox
from trusted._sizes import format_amount, format_size, parse_size

PROG = "pypy-sandbox"

EXIT_OK = 0
EXIT_GUEST_ERROR = 1
EXIT_USAGE = 2
EXIT_HEAP = 3
EXIT_LIMIT = 4
EXIT_CRASH = 5
EXIT_INTERRUPTED = 130

EPILOG = """\
exit status:
  0    the script finished (or called sys.exit(0))
  1    uncaught exception in the script, or it cannot be compiled
       (sys.exit(N) exits with N)
  2    usage error: bad option, missing or unreadable script
  3    heap quota exceeded
  4    time, CPU-time, instruction or output limit exceeded
  5    the sandbox crashed, could not start, or broke the protocol
  130  interrupted (Ctrl-C)

environment:
  PYPY_SANDBOX_VM             path of the interpreter binary
                              (default: build/pypy-sandbox-vm)
  PYPY_SANDBOX_UNTRANSLATED   1 = run the interpreter untranslated (slow)
"""


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(
            "invalid timeout %r: expected a positive number of seconds" % text)
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 0 < value < 2 ** 62:
        raise argparse.ArgumentTypeError(
            "invalid count %r: expected a positive whole number" % text)
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Run an untrusted Python script in a restricted "
                    "interpreter, with a heap quota and a time limit.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--heap", metavar="SIZE", type=_size, default=None,
        help="heap quota of the script, e.g. 64M, 512K, 1G (binary units; "
             "default: no quota)")
    parser.add_argument(
        "--timeout", metavar="SECONDS", type=_seconds, default=None,
        help="wall-clock limit of the script in seconds (default: none)")
    parser.add_argument(
        "--cpu-time", metavar="SECONDS", type=_seconds, default=None,
        help="CPU-time limit of the script in seconds (default: none)")
    parser.add_argument(
        "--instructions", metavar="N", type=_count, default=None,
        help="limit on the bytecode instructions the script may execute: "
             "it stops at the same point on every machine (default: none)")
    parser.add_argument(
        "--output-limit", metavar="SIZE", type=_size,
        default=parse_size(DEFAULT_OUTPUT_LIMIT),
        help="most output (stdout and stderr, UTF-8 bytes) the script may "
             "write, e.g. 1M; 0 = no limit (default: %s)" % DEFAULT_OUTPUT_LIMIT)
    parser.add_argument(
        "--stats", action="store_true",
        help="when the script ends, print its heap use (live, peak, quota, "
             "marks) to stderr")
    parser.add_argument(
        "--allow-module", metavar="NAME", action="append", default=[],
        dest="modules",
        help="let the script import module NAME (repeatable): a built-in "
             "one (sys, math, cmath, random, time) or one of untrusted_stdlib/ (bisect, heapq, "
             "...); sys is allowed unless --no-sys")
    parser.add_argument(
        "--module-path", metavar="DIR", action="append", default=[],
        dest="module_paths",
        help="let the script import every NAME.py in DIR as module NAME "
             "(repeatable; the modules run inside the sandbox)")
    parser.add_argument(
        "--no-sys", action="store_true",
        help="do not grant the sys module (the script's arguments are then "
             "invisible to it)")
    parser.add_argument("script", help="the Python script to run")
    parser.add_argument("args", nargs=argparse.REMAINDER,
                        help="arguments for the script (its sys.argv[1:])")
    return parser


def _read_script(path: str) -> str:
    with open(path, "rb") as f:
        data = f.read()
    # Honours a BOM and a PEP 263 coding line, as `python script.py` does.
    return importlib.util.decode_source(data)


def _exit_code_of_system_exit(message: str) -> Optional[int]:
    """The interpreter reports SystemExit with message str(code)."""
    if message in ("", "None"):
        return 0
    if re.fullmatch(r"-?\d+", message):
        return int(message)
    return None


def _write(stream: str, text: str) -> None:
    out = sys.stdout if stream == "stdout" else sys.stderr
    out.write(text)
    out.flush()             # keep the guest's stdout/stderr interleaving


def _fail_plain(text: str) -> None:
    sys.stdout.flush()      # the guest's last stdout first, as in CPython
    print(text, file=sys.stderr)


def _fail(message: str) -> None:
    _fail_plain("%s: %s" % (PROG, message))


def _stats_line(stats: HeapStats) -> str:
    quota = format_size(stats.quota) if stats.quota else "none"
    return "heap live %s, peak %s, quota %s, %d marks" % (
        format_amount(stats.live), format_amount(stats.peak), quota,
        stats.marks)


def _print_stats(sandbox: Sandbox) -> None:
    if sandbox.closed:
        return                  # crashed: nothing to ask
    try:
        stats = sandbox.stats(collect=True)
    except SandboxError as e:
        _fail("no heap statistics: %s" % e)
        return
    _fail(_stats_line(stats))


def main(argv: Optional[List[str]] = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        # Ctrl-C outside a request (start-up, close) or racing its handler.
        _fail("interrupted")
        return EXIT_INTERRUPTED


def _main(argv: Optional[List[str]]) -> int:
    args = build_parser().parse_args(argv)
    modules = [m for m in args.modules if not (args.no_sys and m == "sys")]
    if not args.no_sys and "sys" not in modules:
        modules.insert(0, "sys")
    if args.args and "sys" not in modules:
        _fail("note: sys is not granted, the script's arguments are ignored")

    try:
        source = _read_script(args.script)
    except OSError as e:
        _fail("can't open file %r: %s" % (args.script, e.strerror or e))
        return EXIT_USAGE
    except (SyntaxError, UnicodeDecodeError) as e:
        _fail("can't decode %r: %s" % (args.script, e))
        return EXIT_GUEST_ERROR

    user_modules = {}
    for directory in args.module_paths:
        try:
            user_modules.update(read_module_dir(directory))
        except (OSError, UnicodeDecodeError) as e:
            _fail("can't read modules from %r: %s"
                  % (directory, getattr(e, "strerror", None) or e))
            return EXIT_USAGE

    sandbox = None
    try:
        sandbox = Sandbox(heap=args.heap, timeout=args.timeout,
                          cpu_time=args.cpu_time, instructions=args.instructions,
                          modules=modules, argv=[args.script] + args.args,
                          on_output=_write, output_limit=args.output_limit,
                          user_modules=user_modules)
        sandbox.exec(source, args.script)
        return EXIT_OK
    except CompileError as e:
        _fail_plain(str(e))
        return EXIT_GUEST_ERROR
    except HeapQuotaExceeded as e:
        _fail_plain(e.formatted)
        _fail("heap quota exceeded (%s)" % format_size(e.quota))
        return EXIT_HEAP
    except GuestError as e:
        if e.type_name == "SystemExit":
            code = _exit_code_of_system_exit(e.message)
            if code is not None:
                return code
            _fail_plain(e.message)
            return EXIT_GUEST_ERROR
        _fail_plain(e.formatted)
        return EXIT_GUEST_ERROR
    except TimeLimitExceeded as e:
        _fail("time limit exceeded (%s s)" % float(args.timeout or e.limit))
        return EXIT_LIMIT
    except CpuTimeExceeded as e:
        _fail("CPU time limit exceeded (%s s)" % float(args.cpu_time or e.limit))
        return EXIT_LIMIT
    except InstructionLimitExceeded as e:
        _fail("instruction limit exceeded (%d instructions)" % int(e.limit))
        return EXIT_LIMIT
    except OutputLimitExceeded as e:
        _fail("output limit exceeded (%s)" % format_size(int(e.limit)))
        return EXIT_LIMIT
    except Cancelled:
        # Ctrl-C reaches the interpreter too, which cancels the guest
        _fail("interrupted")
        return EXIT_INTERRUPTED
    except LimitExceeded as e:
        _fail(str(e))
        return EXIT_LIMIT
    except SandboxCrashed as e:
        if e.returncode == -signal.SIGINT:
            # Ctrl-C reaches the whole process group: the interpreter may
            # die of it a moment before our own KeyboardInterrupt arrives.
            _fail("interrupted")
            return EXIT_INTERRUPTED
        _fail("sandbox crashed: %s" % e)
        return EXIT_CRASH
    except VMNotFound as e:
        _fail(str(e))
        return EXIT_CRASH
    except ProtocolError as e:
        _fail("sandbox crashed: protocol error: %s" % e)
        return EXIT_CRASH
    except KeyboardInterrupt:
        _fail("interrupted")
        return EXIT_INTERRUPTED
    finally:
        if sandbox is not None:
            try:
                if args.stats:
                    _print_stats(sandbox)
            finally:
                sandbox.close()


if __name__ == "__main__":
    sys.exit(main())

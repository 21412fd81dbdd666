#!/usr/bin/env python3
"""Benchmarks: the same programs in the sandbox, on CPython and on PyPy3.

    python bench/run.py [--repeat N] [--only NAME] [--vm PATH] [--quick]

For every program in bench/programs/ the runner times, in one run:

  cpython   this Python (sys.executable), in a subprocess
  pypy3     Debian's pypy3 if it is on PATH (else a note and '-')
  sandbox   the restricted interpreter, through trusted.Sandbox

All three are timed the same way: the wall time of compiling the program
text and executing it as a fresh module, inside an interpreter that has
already started (interpreter start-up is reported separately for the
sandbox). For CPython/PyPy3 a small harness does compile() + exec() under
time.perf_counter(); for the sandbox it is Sandbox.exec(), which includes
the host-side compile to sandbox bytecode and the round trip. Each program
prints a checksum; the runner checks all interpreters print the same thing.
The best of --repeat runs is reported.

Then it measures the Sandbox API itself: start-up (create a Sandbox,
exec "x = 1", close), per-call overhead of Sandbox.call, and the cost of
passing a list of 1000 floats in and out.

This is a report: the exit status is 0 even when the sandbox is slower
(it is non-zero only for usage errors or when no interpreter can start).
The last line says whether the target -- the sandbox beats CPython on
every compute program -- was met.

--quick shrinks every program to the size on its `# bench-quick:` line,
for checking the runner against a slow (untranslated or no-JIT) build.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PROGRAMS_DIR = HERE / "programs"
# The order of the table; other programs in programs/ follow, sorted.
ORDER = ["fib", "nbody", "spectral_norm", "fannkuch", "dicts", "strings"]
MODULES = ["math"]
QUICK_RE = re.compile(r"^(\w+) = (\d+)(\s+# bench-quick: (\d+))$", re.M)

# Runs inside CPython / PyPy3: compile + exec the program text read from
# stdin as a fresh __main__ module, `repeat` times; report the times and the
# program's output as one JSON line on the real stdout.
HARNESS = r"""
import io, json, sys, time
name, repeat = sys.argv[1], int(sys.argv[2])
source = sys.stdin.read()
real_stdout = sys.stdout
times, outputs = [], []
for _ in range(repeat):
    buf = io.StringIO()
    sys.stdout = buf
    try:
        t0 = time.perf_counter()
        code = compile(source, name, "exec")
        exec(code, {"__name__": "__main__", "__builtins__": __builtins__})
        t1 = time.perf_counter()
    finally:
        sys.stdout = real_stdout
    times.append(t1 - t0)
    outputs.append(buf.getvalue())
real_stdout.write(json.dumps({"times": times, "outputs": outputs}) + "\n")
"""


class Failed(Exception):
    """A program could not run on one interpreter; the message says why."""


# -- programs ------------------------------------------------------------------

def find_programs(only):
    paths = {p.stem: p for p in PROGRAMS_DIR.glob("*.py")}
    names = [n for n in ORDER if n in paths]
    names += sorted(n for n in paths if n not in ORDER)
    if only:
        wanted = set(only)
        unknown = wanted - set(names)
        if unknown:
            sys.exit("run.py: no program named %s in %s (have: %s)"
                     % (", ".join(sorted(unknown)), PROGRAMS_DIR,
                        ", ".join(names)))
        names = [n for n in names if n in wanted]
    return [(n, paths[n]) for n in names]


def program_source(path, quick):
    text = path.read_text()
    if quick:
        text = QUICK_RE.sub(lambda m: "%s = %s%s" % (m.group(1), m.group(4),
                                                   m.group(3)), text)
    return text


# -- timing ---------------------------------------------------------------------

def time_host(python, name, source, repeat, timeout):
    """Best time and output of `source` run by the harness under `python`."""
    try:
        proc = subprocess.run([python, "-c", HARNESS, name + ".py", str(repeat)],
                              input=source, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failed("timed out after %ss" % timeout)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["exit %d" % proc.returncode]
        raise Failed(tail[0])
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return min(result["times"]), result["outputs"]


def time_sandbox(sandbox_factory, name, source, repeat):
    """Best time and outputs of Sandbox.exec(source) in one started sandbox."""
    from trusted import SandboxError
    times, outputs = [], []
    try:
        with sandbox_factory() as sb:
            for _ in range(repeat):
                sb.clear_output()
                t0 = time.perf_counter()
                sb.exec(source, name + ".py")
                t1 = time.perf_counter()
                times.append(t1 - t0)
                outputs.append(sb.stdout)
    except SandboxError as e:
        text = str(e).strip().splitlines()
        detail = getattr(e, "formatted", None)
        raise Failed("%s: %s" % (type(e).__name__,
                                 (detail or "\n".join(text)).strip()))
    return min(times), outputs


def compile_time(source, name):
    """Best of 5 of trusted.compile_module(source): part of Sandbox.exec."""
    from trusted import compile_module, CompileError
    try:
        return best_of(5, lambda: _timed(compile_module, source, name + ".py"))
    except CompileError:
        return None


def _timed(fn, *args):
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def best_of(n, fn):
    best = None
    for _ in range(n):
        t = fn()
        best = t if best is None else min(best, t)
    return best


# -- formatting -----------------------------------------------------------------

def fmt_s(t):
    return "-" if t is None else "%.3f" % t


def fmt_ratio(base, t):
    """How `t` compares with CPython's `base`, as 'x.xx faster/slower'."""
    if base is None or t is None or t <= 0 or base <= 0:
        return "-"
    if t <= base:
        return "%.2f faster" % (base / t)
    return "%.2f slower" % (t / base)


def print_table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows)
              for i in range(len(header))]
    def line(cells):
        out = []
        for i, c in enumerate(cells):
            c = str(c)
            out.append(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]))
        return "  ".join(out).rstrip()
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


# -- the run --------------------------------------------------------------------

def describe_vm(vm):
    if vm:
        return vm
    if os.environ.get("PYPY_SANDBOX_UNTRANSLATED") == "1":
        return "untranslated interpreter (PYPY_SANDBOX_UNTRANSLATED=1)"
    if os.environ.get("PYPY_SANDBOX_VM"):
        return os.environ["PYPY_SANDBOX_VM"] + " (PYPY_SANDBOX_VM)"
    return str(REPO / "build" / "pypy-sandbox-vm")


def python_version(python):
    try:
        out = subprocess.run(
            [python, "-c", "import sys, platform; v = getattr(sys, "
             "'pypy_version_info', None); print(platform."
             "python_implementation(), sys.version.split()[0], "
             "v and 'PyPy %d.%d.%d' % tuple(v[:3]) or '')"],
            capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Time bench/programs/*.py in the sandbox, on CPython and "
                    "on PyPy3, and print each one's ratio to CPython.")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per program and interpreter; the best counts "
                         "(default 3)")
    ap.add_argument("--only", action="append", metavar="NAME",
                    help="run only this program (repeatable; the API "
                         "measurements are skipped)")
    ap.add_argument("--vm", metavar="PATH",
                    help="interpreter binary (default: what trusted finds: "
                         "$PYPY_SANDBOX_VM or build/pypy-sandbox-vm)")
    ap.add_argument("--quick", action="store_true",
                    default=os.environ.get("BENCH_QUICK") == "1",
                    help="tiny sizes (the `# bench-quick:` values), for slow "
                         "builds; also BENCH_QUICK=1")
    ap.add_argument("--heap", default="2G",
                    help="the sandbox heap quota (default 2G)")
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="seconds one run may take on any interpreter "
                         "(default 600)")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    sys.path.insert(0, str(REPO))      # the trusted package, if not installed
    from trusted import Sandbox, SandboxError

    def new_sandbox():
        return Sandbox(heap=args.heap, timeout=args.timeout, modules=MODULES,
                       vm=args.vm)

    programs = find_programs(args.only)
    cpython = sys.executable
    pypy3 = shutil.which("pypy3")

    # -- header
    print("pypy-sandbox benchmarks  %s%s" % (time.strftime("%Y-%m-%d %H:%M"),
                                            "  (--quick sizes)" if args.quick else ""))
    print("machine:  %s, %d CPUs" % (os.uname().machine, os.cpu_count() or 0))
    print("cpython:  %s  (%s)" % (cpython, python_version(cpython)))
    if pypy3:
        print("pypy3:    %s  (%s)" % (pypy3, python_version(pypy3)))
    else:
        print("pypy3:    not installed (apt-get install pypy3)")
    print("sandbox:  %s" % describe_vm(args.vm))
    stamp = REPO / "build" / "pypy-sandbox-vm.stamp"
    if not args.vm and stamp.exists():
        print("          stamp: %s" % " ".join(stamp.read_text().split())[:100])
    try:
        with new_sandbox() as sb:
            info = dict(sb.vm_info)
    except (SandboxError, OSError) as e:
        print("\nthe sandbox interpreter cannot start: %s: %s"
              % (type(e).__name__, e))
        print("TARGET MISSED: the sandbox interpreter does not start")
        return 1
    jit = bool(info.get("jit"))
    print("          vm_info: %s -> JIT %s"
          % (info, "yes" if jit else "NO (this build has no JIT; the "
             "target is for the JIT build)"))
    print("each time: best of %d, compile + exec of the program in a started "
          "interpreter (start-up excluded)" % args.repeat)
    print()

    # -- programs
    rows, results = [], []
    for name, path in programs:
        source = program_source(path, args.quick)
        res = {"name": name}
        for key, python in (("cpython", cpython), ("pypy3", pypy3)):
            if python is None:
                res[key] = None
                continue
            try:
                res[key], res[key + "_out"] = time_host(
                    python, name, source, args.repeat, args.timeout)
            except Failed as e:
                res[key] = None
                res[key + "_err"] = str(e)
        try:
            res["sandbox"], res["sandbox_out"] = time_sandbox(
                new_sandbox, name, source, args.repeat)
        except Failed as e:
            res["sandbox"] = None
            res["sandbox_err"] = str(e)
        outs = [o for k in ("cpython", "pypy3", "sandbox")
                for o in res.get(k + "_out", [])]
        if any(res.get(k + "_err") for k in ("cpython", "pypy3", "sandbox")):
            agree = "ERROR"
        elif len(set(outs)) == 1 and outs[0]:
            agree = "yes"
        else:
            agree = "NO"
        res["agree"] = agree
        res["compile"] = compile_time(source, name)
        results.append(res)
        rows.append([name, fmt_s(res["cpython"]), fmt_s(res["pypy3"]),
                     fmt_ratio(res["cpython"], res["pypy3"]),
                     fmt_s(res["sandbox"]),
                     fmt_ratio(res["cpython"], res["sandbox"]), agree])
        # progress for long runs, on stderr so the report stays clean
        print("  done %s" % name, file=sys.stderr, flush=True)

    print_table(["program", "cpython s", "pypy3 s", "pypy3 vs cpython",
                 "sandbox s", "sandbox vs cpython", "outputs agree"], rows)
    compiles = ["%s %.1f" % (r["name"], r["compile"] * 1e3)
                for r in results if r["compile"] is not None]
    if compiles:
        print("sandbox times include the host-side compile to sandbox "
              "bytecode (ms): %s" % ", ".join(compiles))
    for res in results:
        for key in ("cpython", "pypy3", "sandbox"):
            if res.get(key + "_err"):
                print("\n%s failed on %s:\n    %s" % (
                    res["name"], key,
                    res[key + "_err"].replace("\n", "\n    ")))
        if res["agree"] == "NO":
            print("\n%s: outputs differ:" % res["name"])
            for key in ("cpython", "pypy3", "sandbox"):
                for out in sorted(set(res.get(key + "_out", []))):
                    print("  %-8s %r" % (key, out[:300]))

    # -- the Sandbox API
    if not args.only:
        print()
        measure_api(new_sandbox, args.quick, cpython, pypy3)

    # -- verdict
    print()
    missed = []
    for res in results:
        if res["sandbox"] is None:
            missed.append("%s failed in the sandbox" % res["name"])
        elif res["cpython"] is None:
            missed.append("%s failed on CPython" % res["name"])
        elif res["agree"] != "yes":
            missed.append("%s output differs" % res["name"])
        elif res["sandbox"] >= res["cpython"]:
            missed.append("%s %s" % (res["name"],
                                     fmt_ratio(res["cpython"], res["sandbox"])))
    scope = "every compute program" if not args.only else \
        "the programs run (%s)" % ", ".join(r["name"] for r in results)
    notes = []
    if not jit:
        notes.append("measured on a build WITHOUT the JIT")
    if args.quick:
        notes.append("--quick sizes")
    note = " [%s]" % "; ".join(notes) if notes else ""
    if missed:
        print("TARGET MISSED: sandbox not faster than CPython on %s: %s%s"
              % (scope, ", ".join(missed), note))
    else:
        print("TARGET MET: sandbox faster than CPython on %s%s" % (scope, note))
    return 0


def measure_api(new_sandbox, quick, cpython, pypy3):
    calls = 500 if quick else 10000
    list_calls = 100 if quick else 1000
    starts = 3 if quick else 10

    def start_once():
        t0 = time.perf_counter()
        sb = new_sandbox()
        try:
            sb.exec("x = 1", "start.py")
        finally:
            sb.close()
        return time.perf_counter() - t0

    def host_start(python):
        def once():
            t0 = time.perf_counter()
            subprocess.run([python, "-c", "x = 1"], check=True)
            return time.perf_counter() - t0
        return once

    print("Sandbox API (best of %d for start-up):" % starts)
    startup = best_of(starts, start_once)
    print("  start-up: Sandbox() + exec('x = 1') + close()   %8.1f ms"
          % (startup * 1e3))
    print("    for comparison, a process `cpython -c 'x = 1'`   %8.1f ms"
          % (best_of(starts, host_start(cpython)) * 1e3))
    if pypy3:
        print("    for comparison, a process `pypy3 -c 'x = 1'`     %8.1f ms"
              % (best_of(starts, host_start(pypy3)) * 1e3))

    floats = [i * 0.5 for i in range(1000)]
    with new_sandbox() as sb:
        sb.exec("def f(x):\n    return x\n"
                "def g(xs):\n    return xs\nx = 1\n", "api.py")
        for _ in range(100):            # warm up both sides
            sb.call("f", 1)
        assert sb.call("g", floats) == floats

        def per_call(fn, arg, n):
            best = None
            for _ in range(3):
                t0 = time.perf_counter()
                for _ in range(n):
                    fn(arg)
                t = (time.perf_counter() - t0) / n
                best = t if best is None else min(best, t)
            return best

        call_f = per_call(lambda a: sb.call("f", a), 1, calls)
        call_g = per_call(lambda a: sb.call("g", a), floats, list_calls)
        get_x = per_call(lambda a: sb.get(a), "x", calls)
        exec_small = per_call(lambda a: sb.exec(a, "small.py"), "y = 2",
                              calls // 10)
    print("  per call: sb.call('f', 1)                        %8.1f us"
          "  (best of 3 x %d calls)" % (call_f * 1e6, calls))
    print("  per call: sb.call('g', <list of 1000 floats>)    %8.1f us"
          "  (in and out; best of 3 x %d calls)" % (call_g * 1e6, list_calls))
    print("  per call: sb.get('x')                            %8.1f us"
          % (get_x * 1e6))
    print("  per call: sb.exec('y = 2')                       %8.1f us"
          "  (includes the host-side compile)" % (exec_small * 1e6))


if __name__ == "__main__":
    sys.exit(main())

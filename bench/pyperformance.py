#!/usr/bin/env python3
"""pyperformance's benchmarks in the sandbox, on CPython and on PyPy3.

    python bench/pyperformance.py [--only NAME,...] [--values N]
        [--warmup-time S] [--min-time S] [--vm PATH] [--no-pypy] [--check]

The 23 benchmark files in bench/pyperformance/benchmarks/ are pyperformance
1.14.0's `bm_*/run_benchmark.py`, unmodified (SHA256SUMS there; a test
checks it). Each runs as a script in three interpreters, one after the
other, in one run of this program:

  cpython   this Python (sys.executable)
  pypy3     Debian's pypy3 if it is on PATH
  sandbox   the restricted interpreter (build/pypy-sandbox-vm, or --vm),
            through the pypy-sandbox command line, with the modules the
            benchmarks import granted and the stand-in granted as `pyperf`

All three import the same `pyperf` stand-in (bench/pyperformance/guest/
pyperf.py): it calibrates the loop count to --min-time per value, runs
--warmup-time seconds un-recorded (so JITs have compiled the code), then
records --values values. The reported time of a benchmark is the median of
its values (seconds per loop); the ratio is CPython's time divided by the
interpreter's (above 1 = faster than CPython).

A file that times several benchmarks (scimark: 5, deepcopy: 3) counts as
one in the summary, with the geometric mean of its ratios; the summary is
the geometric mean over the files that ran in every interpreter. Target
(issue 5): geometric mean >= 3.0 and no file slower than CPython.

--check runs each file once with `--check` (one loop, no timing) in the
sandbox and on CPython and compares their outputs instead: the benchmark
ran to the same result.

This is a report: the exit status is 0 even when a target is missed or a
benchmark fails in one interpreter (the table says so); it is non-zero for
usage errors only.
"""

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BENCH_DIR = HERE / "pyperformance" / "benchmarks"
GUEST_DIR = HERE / "pyperformance" / "guest"
DEFAULT_VM = REPO / "build" / "pypy-sandbox-vm"

BENCHMARKS = [
    "nbody", "richards", "richards_super", "spectral_norm", "fannkuch",
    "float", "nqueens", "chaos", "go", "hexiom", "raytrace", "deltablue",
    "unpack_sequence", "generators", "coroutines", "pidigits",
    "meteor_contest", "comprehensions", "deepcopy", "mdp", "json_dumps",
    "json_loads", "scimark",
]

# What the benchmark files import, granted to the sandbox (pyperf is the
# stand-in, a user module from GUEST_DIR).
MODULES = [
    "pyperf", "sys", "time", "math", "random", "itertools", "bisect",
    "collections", "json", "array", "copy", "dataclasses", "enum", "typing",
    "io", "fractions",
]

TARGET_GEOMEAN = 3.0
RESULT_PREFIX = "PYPERF-RESULT "


def script(name):
    return BENCH_DIR / ("bm_" + name) / "run_benchmark.py"


def sandbox_argv(vm, heap="4G"):
    argv = [sys.executable, "-m", "trusted", "--heap", heap,
            "--output-limit", "0", "--module-path", str(GUEST_DIR)]
    for module in MODULES:
        argv += ["--allow-module", module]
    return argv


def sandbox_env(vm):
    env = dict(os.environ)
    env["PYPY_SANDBOX_VM"] = str(vm)
    env["PYTHONPATH"] = str(REPO)
    return env


def host_env():
    env = dict(os.environ)
    env["PYTHONPATH"] = str(GUEST_DIR)
    env.pop("PYTHONHOME", None)
    return env


def interpreters(vm, with_pypy=True):
    """[(label, argv prefix, env)] in the order they run."""
    found = [("cpython", [sys.executable], host_env())]
    pypy = shutil.which("pypy3")
    if with_pypy and pypy:
        found.append(("pypy3", [pypy], host_env()))
    found.append(("sandbox", sandbox_argv(vm), sandbox_env(vm)))
    return found


def run(argv, env, timeout):
    """(returncode, stdout, stderr) of one run; never raises."""
    try:
        proc = subprocess.run(argv, env=env, cwd=str(REPO), timeout=timeout,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
    except subprocess.TimeoutExpired:
        return None, "", "timed out after %d s" % timeout
    return proc.returncode, proc.stdout, proc.stderr


def parse_results(stdout):
    """{benchmark name: median seconds per loop} from the stand-in's lines."""
    results = {}
    for line in stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            fields = line[len(RESULT_PREFIX):].split()
            values = [float(v) for v in fields[2:]]
            if values:
                results[fields[0]] = statistics.median(values)
    return results


def last_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:100] if lines else "no output"


def geomean(ratios):
    return math.exp(sum(math.log(r) for r in ratios) / len(ratios))


def fmt_time(seconds):
    if seconds is None:
        return "-"
    if seconds >= 1.0:
        return "%.2f s" % seconds
    if seconds >= 1e-3:
        return "%.2f ms" % (seconds * 1e3)
    if seconds >= 1e-6:
        return "%.1f us" % (seconds * 1e6)
    return "%.1f ns" % (seconds * 1e9)


def measure(args):
    runners = interpreters(args.vm, not args.no_pypy)
    labels = [label for label, _, _ in runners]
    options = ["--values", str(args.values), "--min-time", str(args.min_time),
               "--warmup-time", str(args.warmup_time)]
    print("pyperformance 1.14.0 benchmarks; values=%d min-time=%g s "
          "warmup=%g s; time = median s/loop, ratio = CPython / it"
          % (args.values, args.min_time, args.warmup_time))
    header = "%-24s" % "benchmark" + "".join(
        "%22s" % label for label in labels)
    print(header)
    print("-" * len(header))
    file_ratios = {label: {} for label in labels if label != "cpython"}
    failures = []
    for name in args.only:
        times = {}
        for label, argv, env in runners:
            started = time.monotonic()
            code, out, err = run(argv + [str(script(name))] + options, env,
                                 args.timeout)
            results = parse_results(out)
            if code != 0 or not results:
                failures.append((name, label, code, last_line(err or out)))
            times[label] = (results, time.monotonic() - started)
        reference = times["cpython"][0]
        names = sorted(set().union(*(r for r, _ in times.values())))
        for bench in names:
            cells = []
            for label in labels:
                t = times[label][0].get(bench)
                if label == "cpython" or t is None or bench not in reference:
                    cells.append("%22s" % fmt_time(t))
                else:
                    cells.append("%13s %6.2fx" % (fmt_time(t),
                                                  reference[bench] / t))
            print("%-24s" % bench + "".join(cells), flush=True)
        for label in file_ratios:
            ratios = [reference[b] / times[label][0][b] for b in reference
                      if b in times[label][0]]
            if ratios and len(ratios) == len(reference):
                file_ratios[label][name] = geomean(ratios)
    print()
    for name, label, code, why in failures:
        print("FAILED %s on %s (exit %s): %s" % (name, label, code, why))
    summary(file_ratios, len(args.only))


def summary(file_ratios, total):
    for label, ratios in file_ratios.items():
        if not ratios:
            print("%s: no benchmark ran" % label)
            continue
        slower = sorted(n for n, r in ratios.items() if r < 1.0)
        print("%s: geometric mean %.2fx faster than CPython over %d of %d "
              "files; slower than CPython: %s"
              % (label, geomean(list(ratios.values())), len(ratios), total,
                 ", ".join(slower) or "none"))
    sandbox = file_ratios.get("sandbox", {})
    met = (len(sandbox) == total and sandbox
           and geomean(list(sandbox.values())) >= TARGET_GEOMEAN
           and min(sandbox.values()) >= 1.0)
    print("TARGET %s: sandbox geometric mean >= %.1fx, every file ran and "
          "none slower than CPython" % ("MET" if met else "MISSED",
                                        TARGET_GEOMEAN))


def check(args):
    """Run each file once in the sandbox and on CPython; compare outputs."""
    sandbox = sandbox_argv(args.vm)
    mismatches = 0
    for name in args.only:
        path = str(script(name))
        expected = run([sys.executable, path, "--check"], host_env(),
                       args.timeout)
        got = run(sandbox + [path, "--check"], sandbox_env(args.vm),
                  args.timeout)
        same = expected[0] == 0 and got[0] == 0 and expected[1] == got[1]
        mismatches += not same
        print("%-16s %s" % (name, "same result" if same else
                            "DIFFERENT: sandbox exit %s: %s" % (
                                got[0], last_line(got[2] or got[1]))))
    print("%d of %d benchmarks ran to CPython's result"
          % (len(args.only) - mismatches, len(args.only)))


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="comma-separated benchmark names")
    parser.add_argument("--values", type=int, default=5)
    parser.add_argument("--min-time", type=float, default=0.1)
    parser.add_argument("--warmup-time", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--vm", type=Path, default=DEFAULT_VM)
    parser.add_argument("--no-pypy", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if args.only:
        args.only = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in args.only if n not in BENCHMARKS]
        if unknown:
            parser.error("unknown benchmark(s): %s" % ", ".join(unknown))
    else:
        args.only = list(BENCHMARKS)
    if not args.vm.exists():
        parser.error("no interpreter at %s (run ./translate.sh)" % args.vm)
    if args.check:
        check(args)
    else:
        measure(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Shared helper: compile a program, run it on the reference VM and on the
host CPython, return both outputs."""

import contextlib
import io
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

from trusted._compiler import compile_module  # noqa: E402
import refvm  # noqa: E402
import verify  # noqa: E402

PROGRAMS = os.path.join(ROOT, "tests", "programs")
USER_MODULES = os.path.join(PROGRAMS, "modules")


def program_paths():
    return sorted(os.path.join(PROGRAMS, f) for f in os.listdir(PROGRAMS)
                  if f.endswith(".py"))


def run_refvm(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile_module(source, os.path.basename(path))
    verify.verify(code)
    out = io.StringIO()
    # each guest call nests a few host frames in the reference VM: give it
    # room for the guest depths CPython itself reaches
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 20000))
    try:
        with contextlib.redirect_stdout(out):
            try:
                refvm.run_module(code)
            except BaseException as e:   # an uncaught guest exception
                print("UNCAUGHT %s: %s" % (e.__class__.__name__, e))
    finally:
        sys.setrecursionlimit(old_limit)
    return out.getvalue()


def run_cpython(path):
    # the user modules of the imports_* programs (CPython runs its own
    # stdlib for the modules of untrusted_stdlib/)
    env = dict(os.environ, PYTHONPATH=USER_MODULES, PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run([sys.executable, path], capture_output=True, text=True,
                          timeout=60, env=env)
    out = proc.stdout
    if proc.returncode:
        last = proc.stderr.strip().splitlines()[-1]
        out += "UNCAUGHT %s\n" % last.replace(": ", ": ", 1)
    return out


if __name__ == "__main__":
    paths = sys.argv[1:] or program_paths()
    bad = 0
    for p in paths:
        try:
            a = run_refvm(p)
        except Exception as e:
            a = "COMPILER/VERIFY ERROR %r" % e
        b = run_cpython(p)
        if a != b:
            bad += 1
            print("=== MISMATCH", p)
            import difflib
            print("".join(difflib.unified_diff(b.splitlines(True), a.splitlines(True),
                                               "cpython", "refvm")))
    print("%d programs, %d mismatches" % (len(paths), bad))

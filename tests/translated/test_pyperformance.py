"""pyperformance's benchmark files run unmodified in the sandbox to the same
result as on CPython (issue 5; bench/pyperformance.py times them).

Each file runs once with the stand-in's `--check` option (one loop, no
timing) in the sandbox and on this CPython, both importing the same pyperf
stand-in; their outputs (each benchmark's name, and the repr of what a
`bench_func` benchmark returned) must be identical. The benchmarks assert
their own results in places (hexiom, generators, go, richards...), so a
wrong answer inside one often fails it outright."""

import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest

from trusted._transport import TRANSLATED_VM

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "bench_pyperformance", REPO / "bench" / "pyperformance.py")
runner = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(runner)

TIMEOUT = 300


def test_vendored_files_are_unmodified():
    sums = (runner.BENCH_DIR / "SHA256SUMS").read_text().split("\n")
    expected = dict(reversed(line.split("  ")) for line in sums if line)
    assert sorted(expected) == sorted(
        "bm_%s/run_benchmark.py" % name for name in runner.BENCHMARKS)
    for path, digest in expected.items():
        data = (runner.BENCH_DIR / path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, path


# Benchmarks that do not run yet, and why (strict: a fix must remove them).
KNOWN_FAILING = {}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_FAILING[name],
                                               strict=True))
    if name in KNOWN_FAILING else name
    for name in runner.BENCHMARKS])
def test_benchmark_matches_cpython(name):
    if not TRANSLATED_VM.exists():
        pytest.skip("needs the translated interpreter (./translate.sh)")
    path = str(runner.script(name))
    # the same runs as `bench/pyperformance.py --check`
    code, expected, err = runner.run([sys.executable, path, "--check"],
                                     runner.host_env(), TIMEOUT)
    assert code == 0, err
    assert expected.count(": ok") >= 1
    code, got, err = runner.run(
        runner.sandbox_argv(TRANSLATED_VM) + [path, "--check"],
        runner.sandbox_env(TRANSLATED_VM), TIMEOUT)
    assert code == 0, err[-2000:]
    assert got == expected

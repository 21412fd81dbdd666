"""Runs the interpreter's own untranslated tests (rpython_sandbox/test/, on
the Python 2 host that translate.sh installed) as part of the one test
command, so a regression there fails the suite."""

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TOOLCHAIN_ENV = REPO / "build" / "toolchain.env"


def toolchain():
    if not TOOLCHAIN_ENV.exists():
        pytest.skip("build/toolchain.env is missing: run ./translate.sh first")
    values = {}
    for line in TOOLCHAIN_ENV.read_text().splitlines():
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip()
    return values


def test_untranslated_interpreter_suite():
    tc = toolchain()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([tc["RPYTHONPATH"], str(REPO)]))
    result = subprocess.run(
        [tc["RPYTHON_HOST"], "-m", "pytest", "-q", "-p", "no:cacheprovider",
         str(REPO / "rpython_sandbox" / "test")],
        cwd=str(REPO), env=env, capture_output=True, text=True, timeout=900)
    summary = result.stdout.strip().splitlines()[-1:] or [""]
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in summary[0]

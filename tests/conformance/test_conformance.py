"""Conformance: every program in tests/programs/ prints in the sandbox
exactly what it prints on CPython (the host running these tests).

A program whose difference from CPython is deliberate has a `<name>.exp`
file next to it holding the sandbox's expected output instead.

Every program may import: sys, math, every module of untrusted_stdlib/
(CPython runs its own), and the user modules in tests/programs/modules/
(given to the sandbox as `user_modules`, found by CPython on PYTHONPATH)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from trusted import Sandbox
from trusted._modules import read_module_dir, stdlib_modules

PROGRAMS = sorted((Path(__file__).parent.parent / "programs").glob("*.py"))
USER_MODULES = Path(__file__).parent.parent / "programs" / "modules"
GRANTED = ["math", "sys", "random", "time", "cmath", "array"] + stdlib_modules()


def cpython_output(path):
    exp = path.with_suffix(".exp")
    if exp.exists():
        return exp.read_text()
    env = dict(os.environ, PYTHONPATH=str(USER_MODULES),
               PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_matches_cpython(path, vm_command):
    # a sandbox per program: no state leaks from one program to the next
    with Sandbox(vm=vm_command, timeout=60, modules=GRANTED,
                 user_modules=read_module_dir(str(USER_MODULES))) as sb:
        sb.exec(path.read_text(), path.name)
        got = sb.stdout
    assert got == cpython_output(path)


def test_there_are_programs():
    assert len(PROGRAMS) >= 40

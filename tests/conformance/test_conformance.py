"""Conformance: every program in tests/programs/ prints in the sandbox
exactly what it prints on CPython (the host running these tests).

A program whose difference from CPython is deliberate has a `<name>.exp`
file next to it holding the sandbox's expected output instead."""

import subprocess
import sys
from pathlib import Path

import pytest

from trusted import Sandbox

PROGRAMS = sorted((Path(__file__).parent.parent / "programs").glob("*.py"))


def cpython_output(path):
    exp = path.with_suffix(".exp")
    if exp.exists():
        return exp.read_text()
    result = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_matches_cpython(path, vm_command):
    # a sandbox per program: no state leaks from one program to the next
    with Sandbox(vm=vm_command, timeout=60, modules=["math", "sys", "random", "time", "cmath"]) as sb:
        sb.exec(path.read_text(), path.name)
        got = sb.stdout
    assert got == cpython_output(path)


def test_there_are_programs():
    assert len(PROGRAMS) >= 40

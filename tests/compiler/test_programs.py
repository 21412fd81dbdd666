"""Every program in tests/programs/ compiles, passes the Python verifier, and
prints on the reference VM exactly what it prints on the host CPython."""

import os

import pytest

from run_programs import program_paths, run_cpython, run_refvm
from trusted._compiler import compile_module
from verify import verify

PATHS = program_paths()


def test_enough_programs():
    assert len(PATHS) >= 40
    prefixes = {os.path.basename(p).split("_")[0] for p in PATHS}
    assert prefixes >= {"arith", "str", "list", "dict", "control", "func", "exc",
                        "builtins", "fstring", "compr"}


@pytest.mark.parametrize("path", PATHS, ids=os.path.basename)
def test_program_compiles_and_verifies(path):
    with open(path, encoding="utf-8") as f:
        code = compile_module(f.read(), os.path.basename(path))
    verify(code)


@pytest.mark.parametrize("path", PATHS, ids=os.path.basename)
def test_program_output_matches_cpython(path):
    assert run_refvm(path) == run_cpython(path)

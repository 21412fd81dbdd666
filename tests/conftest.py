"""Fixtures shared by the controller, CLI, protocol and end-to-end tests.

- `fake_compiler`: replaces trusted._compiler.compile_module with a stub whose
  code objects carry the source text (consts[0]) for tests/controller/fake_vm.py,
  which runs it with CPython. Controller and CLI tests use it (autouse in their
  conftest) so they test the host side alone.
- `fake_vm(*flags)`: a VMCommand starting the fake interpreter.
- `fake_vm_path(*flags)`: the same as one executable path (for PYPY_SANDBOX_VM).
- `vm_command`: the real interpreter: build/pypy-sandbox-vm if it exists, else
  the untranslated one when PYPY_SANDBOX_UNTRANSLATED=1, else the test skips.
"""

import ast
import os
import shlex
import sys
from pathlib import Path

import pytest

from trusted import CompileError
from trusted._transport import TRANSLATED_VM, VMCommand, find_vm

FAKE_VM = Path(__file__).parent / "controller" / "fake_vm.py"


class FakeCode:
    """Looks like trusted._compiler.CodeObject on the wire; carries source."""

    def __init__(self, source, filename):
        self.source = source
        self.filename = filename

    def to_wire_fields(self):
        return ["PSBC", 1, "<module>", self.filename, 1, 0, 0, 0, 4, [],
                b"\x00\x00\x00", [self.source], [], [1], 0]


def fake_compile_module(source, filename, package=None):
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as e:
        raise CompileError(e.msg, filename, e.lineno, kind="syntax") from None
    for node in ast.walk(tree):
        if type(node).__name__ == "Match":
            raise CompileError("'match' statement is not supported by "
                               "pypy-sandbox", filename, node.lineno, "match")
    return FakeCode(source, filename)


@pytest.fixture
def fake_compiler(monkeypatch):
    import trusted._compiler
    monkeypatch.setattr(trusted._compiler, "compile_module",
                        fake_compile_module, raising=False)
    return fake_compile_module


@pytest.fixture
def fake_vm():
    def command(*flags):
        return VMCommand([sys.executable, str(FAKE_VM)] + list(flags))
    return command


@pytest.fixture
def fake_vm_path(tmp_path):
    def path(*flags):
        script = tmp_path / "fake-vm"
        argv = [sys.executable, str(FAKE_VM)] + list(flags)
        script.write_text("#!/bin/sh\nexec %s\n" % " ".join(
            shlex.quote(a) for a in argv))
        script.chmod(0o755)
        return str(script)
    return path


@pytest.fixture
def vm_command():
    if TRANSLATED_VM.exists():
        return VMCommand([str(TRANSLATED_VM)])
    if os.environ.get("PYPY_SANDBOX_UNTRANSLATED") == "1":
        command = find_vm()
        if not Path(command.argv[1]).exists():
            pytest.skip("%s does not exist yet" % command.argv[1])
        return command
    pytest.skip("no interpreter: build/pypy-sandbox-vm is missing and "
                "PYPY_SANDBOX_UNTRANSLATED is not 1")

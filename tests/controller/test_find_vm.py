"""find_vm(): which interpreter the controller starts."""

import pytest

from trusted import VMNotFound
from trusted import _transport
from trusted._transport import REPO, find_vm


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    monkeypatch.delenv("PYPY_SANDBOX_VM", raising=False)
    monkeypatch.delenv("PYPY_SANDBOX_UNTRANSLATED", raising=False)


def test_default_is_the_translated_binary():
    assert find_vm().argv == [str(REPO / "build" / "pypy-sandbox-vm")]
    assert find_vm().env == {}


def test_env_var_names_the_binary(monkeypatch):
    monkeypatch.setenv("PYPY_SANDBOX_VM", "/opt/vm")
    assert find_vm().argv == ["/opt/vm"]


def test_untranslated_mode(monkeypatch, tmp_path):
    env_file = tmp_path / "toolchain.env"
    env_file.write_text("# written by translate.sh\nRPYTHON_HOST=/usr/bin/pypy\n"
                        "RPYTHONPATH=/a:/b\n")
    monkeypatch.setattr(_transport, "TOOLCHAIN_ENV", env_file)
    monkeypatch.setenv("PYPY_SANDBOX_UNTRANSLATED", "1")
    monkeypatch.setenv("PYPY_SANDBOX_VM", "/opt/vm")     # loses
    command = find_vm()
    assert command.argv == ["/usr/bin/pypy",
                            str(REPO / "rpython_sandbox" / "targetsandbox.py")]
    assert command.env["PYTHONPATH"] == "/a:/b:%s" % REPO
    assert set(command.env) == {"PYTHONPATH", "PATH"}


def test_untranslated_mode_without_toolchain(monkeypatch, tmp_path):
    monkeypatch.setattr(_transport, "TOOLCHAIN_ENV", tmp_path / "missing")
    monkeypatch.setenv("PYPY_SANDBOX_UNTRANSLATED", "1")
    with pytest.raises(VMNotFound, match="translate.sh"):
        find_vm()

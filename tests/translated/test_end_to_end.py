"""The controller and the real interpreter together (see `vm_command` in
tests/conftest.py: skipped when there is no interpreter to run)."""

import os
import subprocess
import sys
import time

import pytest

from trusted import (CompileError, GuestError, HeapQuotaExceeded, Sandbox,
                     TimeLimitExceeded)


@pytest.fixture
def sandbox(vm_command):
    with Sandbox(vm=vm_command, timeout=10.0) as sb:
        yield sb


def test_ready_info(sandbox):
    assert sandbox.vm_info["bytecode"] == 1
    assert isinstance(sandbox.vm_info["jit"], bool)


def test_output_and_globals(sandbox):
    sandbox.exec("print('hello', 6 * 7)\nsquares = [i * i for i in range(5)]\n",
                 "s.py")
    assert sandbox.stdout == "hello 42\n"
    assert sandbox.get("squares") == [0, 1, 4, 9, 16]


def test_values_round_trip(sandbox):
    sandbox.exec("def echo(*args, **kwargs):\n    return (args, kwargs)\n")
    args = (None, True, False, 0, -1, 2 ** 63, -(2 ** 63) - 1, 2 ** 200,
            1.5, "", "\xe9\u20ac\U0001f600", b"\x00\xff", [1, [2]], (1, (2,)),
            {"a": 1, 2: "b", (3, 4): [5]})
    assert sandbox.call("echo", *args, key="v") == (args, {"key": "v"})


def test_uncopyable_result_is_a_guest_type_error(sandbox):
    sandbox.exec("def f():\n    return f\n")
    with pytest.raises(GuestError) as info:
        sandbox.call("f")
    assert info.value.type_name == "TypeError"


def test_traceback_line_numbers(sandbox):
    source = ("def inner(x):\n"
              "    return 10 // x\n"
              "\n"
              "def outer():\n"
              "    y = 1\n"
              "    return inner(y - 1)\n"
              "\n"
              "outer()\n")
    with pytest.raises(GuestError) as info:
        sandbox.exec(source, "script.py")
    assert info.value.type_name == "ZeroDivisionError"
    assert info.value.traceback == [("script.py", 8, "<module>"),
                                    ("script.py", 6, "outer"),
                                    ("script.py", 2, "inner")]
    assert info.value.formatted.splitlines()[:7] == [
        "Traceback (most recent call last):",
        '  File "script.py", line 8, in <module>',
        "    outer()",
        '  File "script.py", line 6, in outer',
        "    return inner(y - 1)",
        '  File "script.py", line 2, in inner',
        "    return 10 // x"]
    sandbox.exec("ok = 1")
    assert sandbox.get("ok") == 1


CHAINED = """\
class AppError(Exception):
    pass

def load(d):
    try:
        return d["k"]
    except KeyError as k:
        try:
            1 / 0
        except ZeroDivisionError:
            raise AppError("no k") from k

def main():
    try:
        load({})
    finally:
        [][0]

main()
"""


def test_uncaught_chained_exceptions_print_as_in_cpython(sandbox, tmp_path):
    # the cause of AppError (not its suppressed context), then the
    # IndexError raised in a finally while AppError was in flight
    with pytest.raises(GuestError) as info:
        sandbox.exec(CHAINED, "chained.py")
    assert info.value.type_name == "IndexError"
    path = tmp_path / "chained.py"
    path.write_text(CHAINED)
    cpython = subprocess.run([sys.executable, "chained.py"], cwd=tmp_path,
                             capture_output=True, text=True).stderr
    cpython = cpython.replace(str(path), "chained.py")   # CPython shows it absolute
    # CPython 3.11 marks the failing expression with ~^ lines; the sandbox
    # does not
    expected = [l for l in cpython.splitlines()
                if not (l.strip() and set(l.strip()) <= set("~^"))]
    assert info.value.formatted.splitlines() == expected
    assert "direct cause" in info.value.formatted
    assert "During handling" in info.value.formatted


def test_compile_error_is_raised_on_the_host(sandbox):
    with pytest.raises(CompileError):
        sandbox.exec("x = (\n", "bad.py")


def test_time_limit(vm_command):
    with Sandbox(vm=vm_command, timeout=0.5) as sb:
        t0 = time.monotonic()
        with pytest.raises(TimeLimitExceeded) as info:
            sb.exec("n = 0\nwhile True:\n    n += 1\n", "loop.py")
        assert time.monotonic() - t0 < 2.5
        assert info.value.limit == 0.5
        assert info.value.filename == "loop.py"
        sb.exec("after = 1")
        assert sb.get("after") == 1


@pytest.mark.parametrize("source", [
    "x = [0] * 10**9",
    "s = 'x' * 10**9",
    "x = []\nwhile True:\n    x.append([1, 2, 3])\n",
])
def test_heap_quota(vm_command, source):
    with Sandbox(vm=vm_command, heap="16M", timeout=30.0) as sb:
        with pytest.raises(HeapQuotaExceeded) as info:
            sb.exec(source, "hog.py")
        assert info.value.quota == 16 * 1024 * 1024
        sb.exec("x = None\ns = None\nsmall = [1] * 1000")
        assert len(sb.get("small")) == 1000


def test_sys_argv_and_modules(vm_command):
    with Sandbox(vm=vm_command, modules=["sys"], argv=["s.py", "a"]) as sb:
        sb.exec("import sys\nargv = sys.argv\n")
        assert sb.get("argv") == ["s.py", "a"]
        with pytest.raises(GuestError) as info:
            sb.exec("import math")
        assert info.value.type_name == "ImportError"


def _cli_env(vm_command):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    if len(vm_command.argv) == 1:
        env["PYPY_SANDBOX_VM"] = vm_command.argv[0]
    else:
        env["PYPY_SANDBOX_UNTRANSLATED"] = "1"
    return env


def test_cli(vm_command, tmp_path):
    script = tmp_path / "script.py"
    script.write_text("import sys\nprint(sys.argv[1:])\n"
                      "def f():\n    raise ValueError('no')\nf()\n")
    proc = subprocess.run(
        [sys.executable, "-m", "trusted", "--timeout", "10", str(script), "x"],
        capture_output=True, text=True, env=_cli_env(vm_command), timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == "['x']\n"
    assert proc.stderr.splitlines()[-5:] == [
        '  File "%s", line 5, in <module>' % script,
        "    f()",
        '  File "%s", line 4, in f' % script,
        "    raise ValueError('no')",
        "ValueError: no"]


def test_traceback_names_a_user_exception_class(sandbox):
    source = ("class AppError(ValueError):\n"
              "    def __init__(self, what):\n"
              "        super().__init__('bad ' + what)\n"
              "        self.what = what\n"
              "\n"
              "class Model:\n"
              "    def run(self):\n"
              "        raise AppError('input')\n"
              "\n"
              "Model().run()\n")
    with pytest.raises(GuestError) as info:
        sandbox.exec(source, "model.py")
    assert info.value.type_name == "AppError"
    assert str(info.value.message) == "bad input"
    assert info.value.traceback == [("model.py", 10, "<module>"),
                                    ("model.py", 8, "run")]
    assert info.value.formatted.splitlines()[-1] == "AppError: bad input"


def test_classes_and_instances_survive_between_requests(sandbox):
    sandbox.exec("class Acc:\n"
                 "    def __init__(self):\n"
                 "        self.total = 0\n"
                 "    def add(self, x):\n"
                 "        self.total += x\n"
                 "        return self.total\n"
                 "acc = Acc()\n", "setup.py")
    sandbox.exec("acc.add(3)\nresult = acc.add(4)\n", "use.py")
    assert sandbox.get("result") == 7


def test_instance_result_is_not_copied_out(sandbox):
    sandbox.exec("class A:\n    pass\ndef f():\n    return A()\n")
    with pytest.raises(GuestError) as info:
        sandbox.call("f")
    assert info.value.type_name == "TypeError"

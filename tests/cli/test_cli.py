"""`pypy-sandbox` against the fake interpreter (tests/controller/fake_vm.py)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from trusted import _cli, _process, parse_size

VENV_BIN = Path(sys.executable).parent


@pytest.fixture(autouse=True)
def fake_interpreter(monkeypatch, fake_vm_path):
    monkeypatch.delenv("PYPY_SANDBOX_UNTRANSLATED", raising=False)
    monkeypatch.setenv("PYPY_SANDBOX_VM", fake_vm_path())


@pytest.fixture
def run(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def run(source, *argv, name="script.py"):
        if source is not None:
            (tmp_path / name).write_text(source)
        code = _cli.main(list(argv) if name in argv else list(argv) + [name])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_success_prints_output(run):
    code, out, err = run("print('hello')\nprint('oops', file=__import__('sys').stderr)")
    assert (code, out, err) == (0, "hello\n", "oops\n")


def test_argv(run):
    code, out, err = run("import sys\nprint(sys.argv)", "script.py", "a", "--heap", "b")
    assert code == 0
    assert out == "['script.py', 'a', '--heap', 'b']\n"


def test_no_sys_ignores_args_with_a_note(run):
    code, out, err = run("x = 1", "--no-sys", "script.py", "a")
    assert code == 0
    assert err == ("pypy-sandbox: note: sys is not granted, the script's "
                   "arguments are ignored\n")


def test_no_sys_really_denies_sys(run):
    code, out, err = run("import sys", "--no-sys", "--allow-module", "sys")
    assert code == 1
    assert "ImportError" in err


def test_allow_module(run):
    code, out, err = run("import math\nprint(math.floor(2.5))",
                         "--allow-module", "math")
    assert (code, out) == (0, "2\n")
    code, out, err = run("import math")
    assert code == 1 and err.endswith(
        "ImportError: module 'math' is not available in this sandbox\n")


def test_allow_module_from_the_untrusted_stdlib(run):
    code, out, err = run("import bisect\nprint(bisect.bisect([1, 2, 3], 2))",
                         "--allow-module", "bisect")
    assert (code, out, err) == (0, "2\n", "")


def test_module_path(run, tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "helper.py").write_text("def twice(x):\n    return 2 * x\n")
    (lib / "not-a-name.py").write_text("x = 1\n")
    code, out, err = run("import helper\nprint(helper.twice(21))\n"
                         "try:\n    import os\nexcept ImportError as e:\n"
                         "    print(e)\n", "--module-path", str(lib))
    assert (code, err) == (0, "")
    assert out == "42\nmodule 'os' is not available in this sandbox\n"


def test_module_path_errors(run, tmp_path):
    code, out, err = run("x = 1", "--module-path", str(tmp_path / "nope"))
    assert code == 2 and "can't read modules from" in err
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "broken.py").write_text("def f(:\n")
    code, out, err = run("x = 1", "--module-path", str(lib))
    assert code == 1 and "broken.py" in err


def test_guest_exception_traceback(run):
    code, out, err = run("print('before')\ndef f():\n    raise KeyError('k')\nf()\n")
    assert code == 1
    assert out == "before\n"
    assert err == ("Traceback (most recent call last):\n"
                   '  File "script.py", line 4, in <module>\n'
                   "    f()\n"
                   '  File "script.py", line 3, in f\n'
                   "    raise KeyError('k')\n"
                   "KeyError: 'k'\n")


needs_match = pytest.mark.skipif(sys.version_info < (3, 10),
                                 reason="'match' is a SyntaxError before 3.10")


@needs_match
def test_compile_error(run):
    code, out, err = run("x = 1\nmatch x:\n    case 1:\n        pass\n")
    assert code == 1
    assert err == ("script.py:2: 'match' statement is not supported by "
                   "pypy-sandbox\n")


@pytest.mark.parametrize("source, status, stderr", [
    ("import sys\nsys.exit()", 0, ""),
    ("import sys\nsys.exit(0)", 0, ""),
    ("import sys\nsys.exit(4)", 4, ""),
    ("import sys\nsys.exit('bye')", 1, "bye\n"),
    ("raise SystemExit(None)", 0, ""),
])
def test_system_exit(run, source, status, stderr):
    code, out, err = run(source)
    assert (code, err) == (status, stderr)


@pytest.mark.parametrize("heap, shown", [
    ("64M", "64 MiB"), ("1G", "1 GiB"), ("512KiB", "512 KiB"),
    ("1000", "1000 bytes")])
def test_heap_quota_exceeded(run, heap, shown):
    code, out, err = run("raise MemoryError", "--heap", heap)
    assert code == 3
    assert err.splitlines()[-1] == "pypy-sandbox: heap quota exceeded (%s)" % shown


def test_memory_error_without_quota_is_an_exception(run):
    code, out, err = run("raise MemoryError")
    assert code == 1
    assert err.endswith("MemoryError\n")


@pytest.mark.parametrize("flag, shown", [("0.3", "0.3"), ("1", "1.0")])
def test_time_limit_exceeded(run, flag, shown, monkeypatch):
    if flag == "1":     # keep the test fast: the fake VM honours any deadline
        monkeypatch.setattr(_cli, "Sandbox", _short_deadline(_cli.Sandbox))
    code, out, err = run("print('start')\nwhile True:\n    pass\n", "--timeout", flag)
    assert code == 4
    assert out == "start\n"
    assert err == "pypy-sandbox: time limit exceeded (%s s)\n" % shown


def _short_deadline(cls):
    class Quick(cls):
        def _run_options(self):
            return {"timeout": 0.1}
    return Quick


@pytest.mark.parametrize("reason, shown, status", [
    ("cpu", "pypy-sandbox: CPU time limit exceeded (0.0 s)\n", 4),
    ("instructions", "pypy-sandbox: instruction limit exceeded (0 instructions)\n", 4),
    ("cancel", "pypy-sandbox: interrupted\n", 130),
])
def test_each_limit_has_its_message(run, reason, shown, status):
    code, out, err = run("fake.limit(%r)" % reason)
    assert code == status
    assert err == shown


def test_limit_flags_are_validated(capsys):
    for argv in (["--instructions", "0", "s.py"], ["--instructions", "x", "s.py"],
                 ["--cpu-time", "-1", "s.py"]):
        with pytest.raises(SystemExit) as info:
            _cli.build_parser().parse_args(argv)
        assert info.value.code == 2


def test_other_limit(run):
    code, out, err = run("fake.limit('budget')")
    assert code == 4
    assert err == "pypy-sandbox: budget limit exceeded (0.0) at script.py:1\n"


@pytest.mark.parametrize("flag, shown", [
    ([], "16 MiB"), (["--output-limit", "1K"], "1 KiB"),
    (["--output-limit", "100"], "100 bytes")])
def test_output_limit_exceeded(run, flag, shown):
    code, out, err = run("while True:\n    print('spam ' * 20000)\n", *flag)
    assert code == 4
    assert err == "pypy-sandbox: output limit exceeded (%s)\n" % shown
    assert len(out.encode()) == parse_size(shown.replace(" ", "").replace(
        "bytes", ""))


def test_output_limit_zero_is_no_limit(run):
    code, out, err = run("print('x' * (17 * 1024 * 1024))",
                         "--output-limit", "0")
    assert (code, len(out), err) == (0, 17 * 1024 * 1024 + 1, "")


def test_output_limit_is_validated(capsys):
    with pytest.raises(SystemExit) as info:
        _cli.main(["--output-limit", "much", "s.py"])
    assert info.value.code == 2
    assert "invalid size 'much'" in capsys.readouterr().err


STATS = re.compile(r"pypy-sandbox: heap live \d+(\.\d)? (bytes|KiB|MiB), "
                   r"peak \d+(\.\d)? (bytes|KiB|MiB), quota (none|[\d.]+ \w+), "
                   r"\d+ marks\n\Z")


@pytest.mark.parametrize("source, status", [
    ("data = 'x' * 5000\nprint('done')", 0),
    ("data = 'x' * 5000\nraise ValueError('no')", 1),
    ("fake.limit('cpu')", 4),
    ("import sys\nsys.exit(3)", 3),
])
def test_stats_after_the_script(run, source, status):
    code, out, err = run(source, "--stats", "--heap", "64M")
    assert code == status
    last = err.splitlines(keepends=True)[-1]
    assert STATS.match(last), err
    assert ", quota 64 MiB, " in last
    if status == 0:
        assert err == last
        assert "peak 4.9 KiB" in last       # the fake: len(repr(data))


def test_stats_line_format():
    from trusted import HeapStats
    stats = HeapStats(live=1258291, peak=3565158, quota=64 << 20, marks=7,
                      allocated=0)
    assert _cli._stats_line(stats) == (
        "heap live 1.2 MiB, peak 3.4 MiB, quota 64 MiB, 7 marks")
    assert _cli._stats_line(HeapStats(0, 10, 0, 1, 0)) == (
        "heap live 0 bytes, peak 10 bytes, quota none, 1 marks")


def test_no_stats_after_a_crash(run):
    code, out, err = run("fake.crash(9)", "--stats")
    assert code == 5
    assert "heap live" not in err


@pytest.mark.parametrize("source, message", [
    ("fake.backstop()", "sandbox crashed: interpreter process hit its memory "
     "backstop: pypy-sandbox-vm: process memory backstop reached "
     "(%d bytes)" % ((64 << 20) + (2 << 20))),
    ("fake.crash(9)", "sandbox crashed: interpreter exited with status 9"),
    ("fake.signal(9)", "sandbox crashed: interpreter killed by SIGKILL"),
    ("fake.send(['nonsense'])",
     "sandbox crashed: protocol error: unknown message type 'nonsense'"),
])
def test_crashes(run, source, message):
    code, out, err = run(source, "--heap", "64M")
    assert code == 5
    assert err == "pypy-sandbox: %s\n" % message


def test_missing_interpreter(run, monkeypatch, tmp_path):
    monkeypatch.setenv("PYPY_SANDBOX_VM", str(tmp_path / "no-such-vm"))
    code, out, err = run("x = 1")
    assert code == 5
    assert err.startswith("pypy-sandbox: cannot start the interpreter ")


def test_hung_interpreter(run, monkeypatch):
    monkeypatch.setattr(_process, "TIMEOUT_GRACE", 0.3)
    code, out, err = run("fake.hang()", "--timeout", "0.2")
    assert code == 5
    assert err == "pypy-sandbox: sandbox crashed: interpreter unresponsive, killed\n"


def test_keyboard_interrupt(run, monkeypatch):
    def interrupt(stream, text):
        raise KeyboardInterrupt
    monkeypatch.setattr(_cli, "_write", interrupt)
    code, out, err = run("print('x')\nfake.hang()")
    assert code == 130
    assert err == "pypy-sandbox: interrupted\n"


def test_interpreter_killed_by_ctrl_c(run):
    code, out, err = run("fake.signal(2)")
    assert code == 130
    assert err == "pypy-sandbox: interrupted\n"


def test_missing_script(run):
    code, out, err = run(None, "nope.py", name="nope.py")
    assert code == 2
    assert err.startswith("pypy-sandbox: can't open file 'nope.py': ")


def test_source_encoding_is_honoured(run, tmp_path):
    (tmp_path / "latin.py").write_bytes(
        b"# -*- coding: latin-1 -*-\nprint('\xe9')\n")
    code, out, err = run(None, "latin.py", name="latin.py")
    assert (code, out) == (0, "\xe9\n")


@pytest.mark.parametrize("argv, message", [
    (["--heap", "lots", "s.py"], "invalid size 'lots'"),
    (["--timeout", "0", "s.py"], "invalid timeout '0'"),
    (["--timeout", "soon", "s.py"], "invalid timeout 'soon'"),
    ([], "the following arguments are required: script"),
    (["--bogus", "s.py"], "unrecognized arguments: --bogus"),
])
def test_usage_errors(argv, message, capsys):
    with pytest.raises(SystemExit) as info:
        _cli.main(argv)
    assert info.value.code == 2
    assert message in capsys.readouterr().err


def test_help_documents_exit_codes(capsys):
    with pytest.raises(SystemExit) as info:
        _cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for line in ("--heap SIZE", "--timeout SECONDS", "--allow-module NAME",
                 "--cpu-time SECONDS", "--instructions N",
                 "3    heap quota exceeded",
                 "4    time, CPU-time, instruction or output limit exceeded",
                 "--output-limit SIZE", "--stats",
                 "130  interrupted"):
        assert line in out


def test_console_script_and_python_m(tmp_path):
    # Both entry points exist and reach main(): --help needs no interpreter.
    script = VENV_BIN / "pypy-sandbox"
    if not script.exists():
        pytest.skip("the package is not installed in %s" % VENV_BIN)
    for argv in ([str(script), "--help"],
                 [sys.executable, "-m", "trusted", "--help"]):
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.startswith("usage: pypy-sandbox")

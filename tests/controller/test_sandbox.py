"""Sandbox against the fake interpreter (a real child process)."""

import signal
import sys
import threading
import time

import pytest

from trusted import (CompileError, GuestError, HeapQuotaExceeded,
                     LimitExceeded, ProtocolError, Sandbox, SandboxClosed,
                     SandboxCrashed, TimeLimitExceeded, VMNotFound)
from trusted import _process


@pytest.fixture
def sandbox(fake_vm):
    with Sandbox(vm=fake_vm(), timeout=5.0, modules=["sys"],
                 argv=["s.py", "a"]) as sb:
        yield sb


def test_exec_get_call(sandbox):
    sandbox.exec("x = 6 * 7\ndef f(a, b=1, *, c=0):\n    return (a, b, c)\n")
    assert sandbox.get("x") == 42
    assert sandbox.call("f", [1], b={2: 3}, c=2 ** 80) == ([1], {2: 3}, 2 ** 80)


def test_vm_info(sandbox):
    assert sandbox.vm_info == {"jit": False, "bytecode": 1}


def test_create_options_are_sent(fake_vm):
    with Sandbox(vm=fake_vm(), modules=["sys"], argv=["s.py", "x"]) as sb:
        sb.exec("import sys\nargv = sys.argv")
        assert sb.get("argv") == ["s.py", "x"]


def test_output_is_collected(sandbox):
    sandbox.exec("print('out')\nprint('err', file=__import__('sys').stderr)\n"
                 "print('more')")
    assert sandbox.stdout == "out\nmore\n"
    assert sandbox.stderr == "err\n"
    assert sandbox.output == "out\nerr\nmore\n"
    sandbox.clear_output()
    assert sandbox.output == ""


def test_output_callback_gets_chunks_as_they_come(fake_vm):
    seen = []
    with Sandbox(vm=fake_vm(), on_output=lambda s, t: seen.append((s, t))) as sb:
        sb.exec("for i in range(3000):\n    print(i)")
        assert sb.output == ""
    assert len(seen) > 1                # flushed every 4 KiB, not at the end
    assert {s for s, _ in seen} == {"stdout"}
    assert "".join(t for _, t in seen) == "".join("%d\n" % i for i in range(3000))


def test_output_callback_error_cancels_and_keeps_the_sandbox(fake_vm):
    # The request is cancelled and read to its end, so the process stays in
    # step: with a shared process the other sandboxes must not suffer.
    def boom(stream, text):
        raise RuntimeError("callback failed")
    with Sandbox(vm=fake_vm(), on_output=boom, timeout=10.0) as sb:
        t0 = time.monotonic()
        with pytest.raises(RuntimeError, match="callback failed"):
            sb.exec("i = 0\nwhile True:\n    print(i)\n    i += 1\n")
        assert time.monotonic() - t0 < 5.0
        with pytest.raises(RuntimeError):
            sb.exec("print(1)")     # finished before the cancel: ignored
        sb.on_output = None
        sb.exec("x = 1")
        assert sb.get("x") == 1 and not sb.closed


def test_guest_error_has_python_traceback(sandbox):
    source = ("def f(x):\n"
              "    if x:\n"
              "        raise ValueError('bad %d' % x)\n"
              "\n"
              "f(3)\n")
    with pytest.raises(GuestError) as info:
        sandbox.exec(source, "script.py")
    err = info.value
    assert err.type_name == "ValueError"
    assert err.message == "bad 3"
    assert err.traceback == [("script.py", 5, "<module>"),
                             ("script.py", 3, "f")]
    assert err.formatted == (
        "Traceback (most recent call last):\n"
        '  File "script.py", line 5, in <module>\n'
        "    f(3)\n"
        '  File "script.py", line 3, in f\n'
        "    raise ValueError('bad %d' % x)\n"
        "ValueError: bad 3")
    assert str(err) == "ValueError: bad 3"
    # still usable
    assert sandbox.call("f", 0) is None


def test_traceback_across_files(sandbox):
    sandbox.exec("def helper():\n    return 1 / 0\n", "lib.py")
    with pytest.raises(GuestError) as info:
        sandbox.exec("x = 1\nhelper()\n", "main.py")
    assert info.value.formatted.splitlines()[1:] == [
        '  File "main.py", line 2, in <module>',
        "    helper()",
        '  File "lib.py", line 2, in helper',
        "    return 1 / 0",
        "ZeroDivisionError: division by zero"]


def test_error_from_call_and_get(sandbox):
    with pytest.raises(GuestError, match="NameError"):
        sandbox.get("missing")
    with pytest.raises(GuestError, match="NameError"):
        sandbox.call("missing")
    sandbox.exec("def f():\n    return f\n")
    with pytest.raises(GuestError, match="cannot copy 'function'"):
        sandbox.call("f")


@pytest.mark.skipif(sys.version_info < (3, 10),
                    reason="'match' is a SyntaxError before 3.10")
def test_compile_error_sends_nothing(sandbox):
    with pytest.raises(CompileError) as info:
        sandbox.exec("x = 1\nmatch x:\n    case 1:\n        pass\n", "m.py")
    assert str(info.value) == ("m.py:2: 'match' statement is not supported "
                               "by pypy-sandbox")
    sandbox.exec("y = 2")
    assert sandbox.get("y") == 2


def test_uncopyable_argument_keeps_sandbox_open(sandbox):
    sandbox.exec("def f(x):\n    return x\n")
    with pytest.raises(TypeError, match="cannot copy 'object'"):
        sandbox.call("f", object())
    assert sandbox.call("f", 1) == 1


def test_memory_error_with_quota_is_heap_quota_exceeded(fake_vm):
    with Sandbox(vm=fake_vm(), heap="64M") as sb:
        with pytest.raises(HeapQuotaExceeded) as info:
            sb.exec("raise MemoryError")
        assert info.value.quota == 64 * 1024 * 1024
        assert info.value.formatted.endswith("MemoryError")


def test_memory_error_without_quota_is_plain_guest_error(sandbox):
    with pytest.raises(GuestError) as info:
        sandbox.exec("raise MemoryError")
    assert type(info.value) is GuestError


def test_deadline_is_time_limit_exceeded(fake_vm):
    with Sandbox(vm=fake_vm(), timeout=0.3) as sb:
        t0 = time.monotonic()
        with pytest.raises(TimeLimitExceeded) as info:
            sb.exec("x = 0\nwhile True:\n    x += 1\n", "loop.py")
        assert time.monotonic() - t0 < 2.0
        assert info.value.limit == 0.3
        assert info.value.filename == "loop.py"
        assert info.value.lineno in (2, 3)
        sb.exec("y = 1")                # still usable
        assert sb.get("y") == 1


def test_other_limits(sandbox):
    with pytest.raises(LimitExceeded) as info:
        sandbox.exec("fake.limit('budget')")
    assert info.value.reason == "budget"
    assert not isinstance(info.value, TimeLimitExceeded)


def test_hung_interpreter_is_killed(fake_vm, monkeypatch):
    monkeypatch.setattr(_process, "TIMEOUT_GRACE", 0.5)
    sb = Sandbox(vm=fake_vm(), timeout=0.2)
    t0 = time.monotonic()
    with pytest.raises(SandboxCrashed, match="unresponsive, killed"):
        sb.exec("fake.hang()")
    assert time.monotonic() - t0 < 3.0
    assert sb.closed
    with pytest.raises(SandboxClosed):
        sb.exec("x = 1")


@pytest.mark.parametrize("source, match, returncode", [
    ("fake.crash(7)", "exited with status 7", 7),
    ("fake.crash(3)", "status 3 \\(input stream broken\\)", 3),
    ("fake.crash(0)", "exited with status 0", 0),
    ("fake.signal(%d)" % signal.SIGSEGV, "killed by SIGSEGV", -signal.SIGSEGV),
])
def test_crash_is_sandbox_crashed(fake_vm, source, match, returncode):
    sb = Sandbox(vm=fake_vm())
    with pytest.raises(SandboxCrashed, match=match) as info:
        sb.exec(source)
    assert info.value.returncode == returncode
    with pytest.raises(SandboxClosed):
        sb.get("x")
    sb.close()


def test_crash_message_has_stderr_tail(fake_vm):
    sb = Sandbox(vm=fake_vm())
    with pytest.raises(SandboxCrashed) as info:
        sb.exec("fake.stderr('x' * 100000 + '\\nFatal RPython error: boom\\n')\n"
                "fake.crash(1)")
    assert str(info.value).endswith(": Fatal RPython error: boom")
    assert len(info.value.stderr) <= 64 * 1024
    assert info.value.stderr.endswith("boom\n")


@pytest.mark.parametrize("source, match", [
    ("fake.garbage(b'\\x00\\x00\\x00\\x01\\xc1')", "malformed msgpack"),
    ("fake.garbage(b'\\xff\\xff\\xff\\xff')", "exceeds"),
    ("fake.send(['bogus', 1])", "unknown message type"),
    ("fake.send(['ready', 1, {}])", "unexpected 'ready'"),
    ("fake.send(['output', 5, 'x'])", "malformed 'output'"),
])
def test_bad_frames_are_protocol_errors_and_close(fake_vm, source, match):
    sb = Sandbox(vm=fake_vm())
    with pytest.raises(ProtocolError, match=match):
        sb.exec(source)
    assert sb.closed
    with pytest.raises(SandboxClosed):
        sb.exec("x = 1")


def test_garbage_then_silence_does_not_hang(fake_vm, monkeypatch):
    # A truncated frame followed by nothing: the backstop must fire.
    monkeypatch.setattr(_process, "TIMEOUT_GRACE", 0.3)
    sb = Sandbox(vm=fake_vm(), timeout=0.2)
    with pytest.raises(SandboxCrashed, match="unresponsive"):
        sb.exec("fake.garbage(b'\\x00\\x00\\x10\\x00abc')\nfake.hang()")


def test_protocol_error_reply_keeps_sandbox_open(fake_vm):
    class BadCode:
        def to_wire_fields(self):
            return ["XXXX"]
    with Sandbox(vm=fake_vm()) as sb:
        with pytest.raises(ProtocolError, match="refused the request: "
                           "bytecode verification failed"):
            sb._run(["exec", sb._sid, BadCode(), {}], 5.0)
        assert not sb.closed
        sb.exec("x = 1")


@pytest.mark.parametrize("flags, error, match", [
    (["--exit-at-start", "9"], SandboxCrashed, "status 9"),
    (["--stderr", "no memory\n", "--exit-at-start", "1"], SandboxCrashed,
     "status 1: no memory"),
    (["--garbage-at-start"], ProtocolError, "malformed"),
    (["--bad-version"], ProtocolError, "protocol version 1, the controller 3"),
])
def test_start_up_failures(fake_vm, flags, error, match):
    with pytest.raises(error, match=match):
        Sandbox(vm=fake_vm(*flags))


def test_silent_interpreter_at_start(fake_vm, monkeypatch):
    monkeypatch.setattr(_process, "STARTUP_TIMEOUT", 0.5)
    with pytest.raises(SandboxCrashed, match="unresponsive"):
        Sandbox(vm=fake_vm("--silent"))


def test_missing_binary(tmp_path):
    with pytest.raises(VMNotFound, match="cannot start the interpreter"):
        Sandbox(vm=str(tmp_path / "nope"))


def test_close_is_idempotent_and_final(fake_vm):
    sb = Sandbox(vm=fake_vm())
    proc = sb._transport._proc
    sb.close()
    sb.close()
    assert proc.returncode == 0         # exited on ["shutdown"], not killed
    for request in (lambda: sb.exec("x = 1"), lambda: sb.get("x"),
                    lambda: sb.call("f")):
        with pytest.raises(SandboxClosed):
            request()


def test_one_request_at_a_time(fake_vm):
    with Sandbox(vm=fake_vm()) as sb:
        sb.exec("n = 0\ndef bump():\n    global n\n    m = n\n"
                "    for i in range(1000):\n        pass\n    n = m + 1\n")
        threads = [threading.Thread(target=lambda: [sb.call("bump")
                                                    for _ in range(20)])
                   for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sb.get("n") == 80


def test_keyboard_interrupt_kills_the_child(fake_vm):
    sb = Sandbox(vm=fake_vm())
    proc = sb._transport._proc

    def interrupt(stream, text):
        raise KeyboardInterrupt
    sb.on_output = interrupt
    with pytest.raises(KeyboardInterrupt):
        sb.exec("print('x')\nfake.hang()")
    assert proc.poll() is not None
    assert sb.closed


def test_heap_does_not_set_pypy_gc_max(fake_vm):
    # the interpreter sets its own GC limit from the sandboxes' quotas
    with Sandbox(vm=fake_vm(), heap="64M") as sb:
        sb.exec("env = fake.env()")
        env = sb.get("env")
    assert "PYPY_GC_MAX" not in env
    assert "HOME" not in env and "PATH" not in env


def test_dropped_sandbox_does_not_leak_its_child(fake_vm):
    import gc
    sb = Sandbox(vm=fake_vm())
    proc = sb._transport._proc
    del sb
    gc.collect()
    assert proc.wait(5) is not None

"""Many sandboxes in one (fake) interpreter process: SandboxProcess."""

import gc
import threading
import time

import pytest

from trusted import (Cancelled, GuestError, HeapStats, OutputLimitExceeded,
                     ProtocolError, Sandbox, SandboxClosed, SandboxCrashed,
                     SandboxProcess)


@pytest.fixture
def process(fake_vm):
    with SandboxProcess(vm=fake_vm()) as process:
        yield process


def wait_for(predicate, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_sandboxes_keep_separate_globals(process):
    a = Sandbox(process=process)
    b = Sandbox(process=process)
    a.exec("x = 'a'\ndef who():\n    return x\n")
    b.exec("x = 'b'")
    assert (a.get("x"), b.get("x")) == ("a", "b")
    assert a.call("who") == "a"
    with pytest.raises(GuestError, match="NameError"):
        b.call("who")
    assert a.process is b.process is process
    assert a._sid != b._sid


def test_output_goes_to_the_sandbox_that_wrote_it(process):
    a = Sandbox(process=process)
    seen = []
    b = Sandbox(process=process, on_output=lambda s, t: seen.append(t))
    a.exec("print('from a')")
    b.exec("print('from b')")
    assert a.stdout == "from a\n"
    assert seen == ["from b\n"]


def test_each_sandbox_has_its_own_options(process):
    a = Sandbox(process=process, modules=["sys"], argv=["a.py"])
    b = Sandbox(process=process)
    a.exec("import sys\nargv = sys.argv")
    assert a.get("argv") == ["a.py"]
    with pytest.raises(GuestError, match="ImportError"):
        b.exec("import sys")


def test_close_destroys_only_that_sandbox(process):
    a = Sandbox(process=process)
    b = Sandbox(process=process)
    assert process.process_stats().sandboxes == 2
    a.close()
    a.close()
    assert a.closed and not b.closed and not process.closed
    assert process.process_stats().sandboxes == 1
    with pytest.raises(SandboxClosed):
        a.exec("x = 1")
    b.exec("x = 1")
    with Sandbox(process=process) as c:     # a new id, never a's again
        assert c._sid not in (a._sid, b._sid)
    assert process.process_stats().sandboxes == 1


def test_process_close_closes_every_sandbox(fake_vm):
    process = SandboxProcess(vm=fake_vm())
    proc = process._transport._proc
    a = Sandbox(process=process)
    process.close()
    process.close()
    assert proc.returncode == 0         # ["shutdown"], not a kill
    assert a.closed
    with pytest.raises(SandboxClosed):
        a.get("x")
    a.close()                            # nothing left to destroy: fine
    with pytest.raises(SandboxClosed):
        Sandbox(process=process)


def test_requests_of_all_sandboxes_go_one_at_a_time(process):
    boxes = [Sandbox(process=process) for _ in range(3)]
    for sb in boxes:
        sb.exec("n = 0\ndef bump():\n    global n\n    m = n\n"
                "    for i in range(1000):\n        pass\n    n = m + 1\n")
    threads = [threading.Thread(target=lambda sb=sb: [sb.call("bump")
                                                      for _ in range(20)])
               for sb in boxes for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [sb.get("n") for sb in boxes] == [40, 40, 40]


def test_cancel_only_hits_the_sandbox_in_flight(process):
    a = Sandbox(process=process, timeout=20.0)
    b = Sandbox(process=process, timeout=20.0)
    assert not a.cancel() and not b.cancel()    # nothing in flight
    outcome = []

    def run():
        try:
            a.exec("i = 0\nwhile True:\n    i += 1\n")
        except Exception as e:
            outcome.append(e)
    thread = threading.Thread(target=run)
    thread.start()
    wait_for(lambda: process._in_flight is a)
    assert not b.cancel()           # b's turn has not come: untouched
    time.sleep(0.1)
    assert thread.is_alive()
    assert a.cancel()
    thread.join(5.0)
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    b.exec("y = 2")
    assert b.get("y") == 2 and a.get("i") > 0


def test_a_waiting_sandbox_is_not_cancelled(process):
    a = Sandbox(process=process, timeout=20.0)
    b = Sandbox(process=process, timeout=20.0)
    errors = []

    def run(sb, source):
        try:
            sb.exec(source)
        except Exception as e:
            errors.append((sb, e))
    ta = threading.Thread(target=run, args=(a, "while True:\n    pass\n"))
    ta.start()
    wait_for(lambda: process._in_flight is a)
    tb = threading.Thread(target=run, args=(b, "done = True"))
    tb.start()                      # waits for a's request to end
    time.sleep(0.1)
    assert a.cancel()
    ta.join(5.0)
    tb.join(5.0)
    assert [(sb, type(e)) for sb, e in errors] == [(a, Cancelled)]
    assert b.get("done") is True


@pytest.mark.parametrize("source, match, returncode", [
    ("fake.crash(9)", "exited with status 9", 9),
    ("fake.backstop()", "^interpreter process hit its memory backstop: "
     "pypy-sandbox-vm: process memory backstop reached \\(136314880 bytes\\)$",
     4),
])
def test_process_death_reaches_every_sandbox(process, source, match,
                                             returncode):
    a = Sandbox(process=process, heap="64M")
    b = Sandbox(process=process, heap="64M")
    b.exec("x = 1")
    with pytest.raises(SandboxCrashed, match=match) as info:
        a.exec(source)
    assert info.value.returncode == returncode
    assert process.closed and a.closed and b.closed
    # b learns of the crash once, with the same cause, then it is closed
    with pytest.raises(SandboxCrashed, match=match) as info:
        b.get("x")
    assert info.value.returncode == returncode
    for sb in (a, b):
        with pytest.raises(SandboxClosed):
            sb.get("x")
    with pytest.raises(SandboxClosed, match="crashed"):
        Sandbox(process=process)
    a.close()
    b.close()


def test_backstop_with_a_private_process(fake_vm):
    sb = Sandbox(vm=fake_vm(), heap="16M")
    with pytest.raises(SandboxCrashed) as info:
        sb.exec("fake.backstop()")
    assert str(info.value) == (
        "interpreter process hit its memory backstop: pypy-sandbox-vm: "
        "process memory backstop reached (%d bytes)" % (18 << 20))
    assert info.value.returncode == 4
    with pytest.raises(SandboxClosed):
        sb.get("x")


def test_protocol_error_closes_every_sandbox(process):
    a = Sandbox(process=process)
    b = Sandbox(process=process)
    with pytest.raises(ProtocolError):
        a.exec("fake.send(['bogus'])")
    with pytest.raises(SandboxCrashed, match="after a protocol error: "
                       "unknown message type 'bogus'"):
        b.get("x")


def test_stats(process):
    sb = Sandbox(process=process, heap="1M")
    first = sb.stats()
    assert isinstance(first, HeapStats)
    assert first.quota == 1 << 20
    sb.exec("data = 'x' * 1000")
    after = sb.stats()
    assert after.live >= 1000 and after.peak >= after.live
    assert after.allocated > first.allocated
    collected = sb.stats(collect=True)
    assert collected.marks == after.marks + 1
    sb.exec("del data")
    assert sb.stats().live < 1000 and sb.stats().peak >= 1000
    with pytest.raises(Exception):
        collected.live = 0          # frozen
    assert Sandbox(process=process).stats().quota == 0


def test_process_stats(process):
    assert process.process_stats().sandboxes == 0
    Sandbox(process=process, heap="1M")
    Sandbox(process=process, heap="2M")
    stats = process.process_stats()
    assert stats.sandboxes == 2
    assert stats.backstop == (3 << 20) + (2 << 20)   # quotas + the fake's overhead
    assert stats.heap_used >= 0


def test_output_limit(process):
    sb = Sandbox(process=process, output_limit="1K")
    with pytest.raises(OutputLimitExceeded) as info:
        sb.exec("for i in range(1000):\n    print('%09d' % i)\n", "spam.py")
    assert info.value.limit == 1024
    assert str(info.value).startswith("output limit exceeded (1 KiB) at spam.py:")
    assert sb.stdout == "".join("%09d\n" % i for i in range(103))[:1024]
    sb.clear_output()
    sb.exec("print('still here')")      # the limit is per request
    assert sb.stdout == "still here\n"


def test_output_limit_counts_utf8_bytes(process):
    sb = Sandbox(process=process, output_limit=10)
    with pytest.raises(OutputLimitExceeded):
        sb.exec("print('\u00e9' * 6)")      # 12 bytes + newline
    assert sb.stdout == "\u00e9" * 5


def test_no_output_limit(process):
    sb = Sandbox(process=process, output_limit=0)
    sb.exec("print('x' * (17 * 1024 * 1024))")
    assert len(sb.stdout) == 17 * 1024 * 1024 + 1


def test_default_output_limit_is_16_mib(process):
    sb = Sandbox(process=process)
    with pytest.raises(OutputLimitExceeded, match=r"\(16 MiB\)"):
        sb.exec("print('x' * (17 * 1024 * 1024))")
    assert len(sb.stdout) == 16 * 1024 * 1024


def test_refused_create_leaves_the_process_usable(process):
    a = Sandbox(process=process)
    process._sids.discard(a._sid)       # make the allocator hand it out again
    process._next_sid = a._sid
    with pytest.raises(ProtocolError, match="already exists"):
        Sandbox(process=process)
    assert not process.closed
    a.exec("x = 1")


def test_unknown_sid_is_refused(process):
    sb = Sandbox(process=process)
    with pytest.raises(ProtocolError, match="no sandbox with id 999"):
        sb._run(["get", 999, "x"], 5.0)
    assert not sb.closed


def test_max_heap_sets_pypy_gc_max(fake_vm):
    with SandboxProcess(vm=fake_vm(), max_heap="1G") as process:
        sb = Sandbox(process=process)
        sb.exec("env = fake.env()")
        assert sb.get("env")["PYPY_GC_MAX"] == str(1 << 30)


def test_dropped_process_does_not_leak_its_child(fake_vm):
    process = SandboxProcess(vm=fake_vm())
    Sandbox(process=process).exec("x = 1")
    proc = process._transport._proc
    del process
    gc.collect()
    assert proc.wait(5) is not None


def test_cancel_after_close_or_crash_is_false(process):
    a = Sandbox(process=process)
    b = Sandbox(process=process)
    a.close()
    assert not a.cancel()
    with pytest.raises(SandboxCrashed):
        b.exec("fake.crash(1)")
    assert not b.cancel()


def test_sandbox_of_a_private_process_owns_it(fake_vm):
    sb = Sandbox(vm=fake_vm())
    process = sb.process
    assert process.process_stats().sandboxes == 1
    sb.close()
    assert process.closed           # shut down, not just destroyed


def test_close_after_the_child_died_quietly(process):
    a = Sandbox(process=process)
    b = Sandbox(process=process)
    process._transport._proc.kill()
    process._transport._proc.wait()
    a.close()                           # finds the process dead: no error
    assert a.closed and process.closed
    with pytest.raises(SandboxCrashed, match="killed by SIGKILL"):
        b.get("x")
    with pytest.raises(SandboxClosed):
        b.get("x")

"""Protocol version 2 against the real interpreter: many sandboxes in one
process, each with its own globals, memory pool, quota and output limit
(docs/protocol.md)."""

import threading
import time

import pytest

from trusted import (Cancelled, GuestError, HeapQuotaExceeded, HeapStats,
                     OutputLimitExceeded, Sandbox, SandboxProcess)

MiB = 1024 * 1024


@pytest.fixture
def process(vm_command):
    with SandboxProcess(vm=vm_command) as process:
        yield process


def wait_for(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


# -- raw messages -------------------------------------------------------------

def test_ready_says_version_2(raw_vm):
    assert raw_vm.ready[:2] == ["ready", 3]


def test_create_exec_get_destroy(raw_vm):
    assert raw_vm.request(["create", 5, {}]) == ["result", None]
    assert raw_vm.request(["get", 5, "__name__"]) == ["result", "__main__"]
    assert raw_vm.request(["destroy", 5]) == ["result", None]
    reply = raw_vm.request(["get", 5, "__name__"])
    assert reply == ["protocol_error", "no sandbox with id 5"]


@pytest.mark.parametrize("message", [
    ["configure", {}],                          # gone in version 2
    ["create", 0, {}],                          # sid out of range
    ["create", 2 ** 31, {}],
    ["create", -1, {}],
    ["create", "1", {}],
    ["create", 1, []],
    ["create", 1, {"recursion_limit": 0}],
    ["create", 1, {"recursion_limit": 100001}],
    ["create", 1, {"heap": -1}],
    ["create", 1, {"heap": "64M"}],
    ["create", 1, {"output_limit": -1}],
    ["create", 1, {"builtins": "len"}],
    ["create", 1, {"modules": [1]}],
    ["create", 1, {"argv": "x"}],
    ["destroy", 3],                             # no such sandbox
    ["exec", 3, None, {}],
    ["call", 3, "f", [], {}, {}],
    ["get", 3, "x"],
    ["stats", 3, {}],
    ["get", "x"],                               # version 1 shape
])
def test_malformed_requests_are_refused(raw_vm, message):
    reply = raw_vm.request(message)
    assert reply[0] == "protocol_error", reply
    assert raw_vm.request(["create", 9, {}]) == ["result", None]
    assert raw_vm.request(["get", 9, "__name__"]) == ["result", "__main__"]


def test_duplicate_sid_is_refused(raw_vm):
    assert raw_vm.request(["create", 1, {}]) == ["result", None]
    assert raw_vm.request(["create", 1, {}])[0] == "protocol_error"
    assert raw_vm.request(["get", 1, "__name__"]) == ["result", "__main__"]


def test_largest_sid(raw_vm):
    sid = 2 ** 31 - 1
    assert raw_vm.request(["create", sid, {}]) == ["result", None]
    assert raw_vm.request(["get", sid, "__name__"]) == ["result", "__main__"]


def test_stats_and_process_stats_shapes(raw_vm):
    raw_vm.request(["create", 1, {"heap": 8 * MiB, "output_limit": 1000}])
    kind, stats = raw_vm.request(["stats", 1, {"collect": True}])
    assert kind == "result"
    assert set(stats) >= {"live", "peak", "quota", "marks", "allocated",
                          "output_limit"}
    assert all(type(v) is int and v >= 0 for v in stats.values())
    assert stats["quota"] == 8 * MiB and stats["output_limit"] == 1000
    assert stats["marks"] >= 1 and stats["peak"] >= stats["live"]
    kind, info = raw_vm.request(["process_stats"])
    assert kind == "result"
    assert info["sandboxes"] == 1
    assert type(info["heap_used"]) is int and info["heap_used"] > 0
    assert type(info["backstop"]) is int and info["backstop"] >= 0


# -- through the API ----------------------------------------------------------

def test_separate_globals(process):
    a = Sandbox(process=process, timeout=10.0)
    b = Sandbox(process=process, timeout=10.0)
    a.exec("x = 'a'\ndef who():\n    return x\n")
    b.exec("x = 'b'")
    assert (a.get("x"), b.get("x"), a.call("who")) == ("a", "b", "a")
    with pytest.raises(GuestError, match="NameError"):
        b.call("who")
    assert process.process_stats().sandboxes == 2


def test_output_stays_with_its_sandbox(process):
    a = Sandbox(process=process)
    b = Sandbox(process=process)
    a.exec("print('from a')")
    b.exec("for i in range(2000):\n    print(i)\n")
    assert a.stdout == "from a\n"
    assert b.stdout == "".join("%d\n" % i for i in range(2000))


def test_each_sandbox_has_its_own_grants(process):
    a = Sandbox(process=process, modules=["sys"], argv=["a.py", "1"])
    b = Sandbox(process=process, builtins=["print"])
    a.exec("import sys\nargv = sys.argv\nn = len(argv)")
    assert a.get("argv") == ["a.py", "1"]
    with pytest.raises(GuestError, match="ImportError"):
        b.exec("import sys")
    with pytest.raises(GuestError, match="NameError"):
        b.exec("n = len([])")


def test_quota_is_per_sandbox(process):
    small = Sandbox(process=process, heap="16M", timeout=30.0)
    big = Sandbox(process=process, heap="64M", timeout=30.0)
    big.exec("keep = [[i] for i in range(200000)]")    # stays while small fills up
    with pytest.raises(HeapQuotaExceeded):
        small.exec("grow = []\nwhile True:\n    grow.append([0] * 1000)\n")
    small.exec("grow = None\nok = 1")
    assert small.get("ok") == 1
    big.exec("last = keep[-1]")
    assert big.get("last") == [199999]


def test_stats_follow_the_guest(process):
    sb = Sandbox(process=process, heap="64M", timeout=30.0)
    before = sb.stats(collect=True)
    assert isinstance(before, HeapStats) and before.quota == 64 * MiB
    sb.exec("data = [[i] for i in range(400000)]")     # some 10-30 MiB
    full = sb.stats(collect=True)
    assert full.live > before.live + 4 * MiB
    assert full.marks > before.marks
    assert full.allocated >= full.live
    sb.exec("data = None")
    empty = sb.stats(collect=True)
    assert empty.live < full.live - 4 * MiB
    assert empty.peak >= full.live
    assert empty.allocated >= full.allocated


def test_destroyed_sandboxes_give_their_memory_back(process):
    # Each round fills most of a 32 MiB quota, then destroys the sandbox: if
    # the memory stayed charged, the process backstop (the sum of the live
    # quotas plus overhead) would stop the interpreter long before the end.
    for _ in range(12):
        with Sandbox(process=process, heap="32M", timeout=30.0) as sb:
            sb.exec("data = [[i] for i in range(150000)]")
    assert process.process_stats().sandboxes == 0
    last = Sandbox(process=process, heap="32M", timeout=30.0)
    last.exec("x = 1")
    last.stats(collect=True)            # a full collection of the process
    stats = process.process_stats()
    assert stats.sandboxes == 1
    assert stats.backstop == 0 or stats.backstop >= 32 * MiB
    assert stats.heap_used < 100 * MiB


def test_many_sandboxes(process):
    boxes = [Sandbox(process=process, heap="4M") for _ in range(100)]
    for i, sb in enumerate(boxes):
        sb.exec("me = %d" % i)
    assert [sb.get("me") for sb in boxes] == list(range(100))
    assert process.process_stats().sandboxes == 100
    for sb in boxes:
        sb.close()
    assert process.process_stats().sandboxes == 0


def test_output_limit(process):
    sb = Sandbox(process=process, output_limit="64K", timeout=30.0)
    with pytest.raises(OutputLimitExceeded) as info:
        sb.exec("i = 0\nwhile True:\n    print('line', i)\n    i += 1\n",
                "spam.py")
    assert info.value.limit == 64 * 1024
    assert str(info.value).startswith("output limit exceeded (64 KiB)")
    written = len(sb.stdout.encode("utf-8"))
    assert 64 * 1024 - 20 <= written <= 64 * 1024
    assert sb.stdout.startswith("line 0\nline 1\n")
    sb.clear_output()
    sb.exec("print('still usable')")        # the limit is per request
    assert sb.stdout == "still usable\n"


def test_output_limit_counts_utf8_bytes_of_both_streams(process):
    sb = Sandbox(process=process, output_limit=1000, modules=["sys"])
    with pytest.raises(OutputLimitExceeded):
        sb.exec("import sys\nfor i in range(1000):\n"
                "    print('\u00e9')\n    print('x', file=sys.stderr)\n")
    assert len(sb.output.encode("utf-8")) <= 1000
    assert sb.stderr


def test_no_output_limit(process):
    sb = Sandbox(process=process, output_limit=0, timeout=60.0)
    sb.exec("s = 'x' * 1000000\nfor i in range(20):\n    print(s)\n")
    assert len(sb.stdout) == 20 * 1000001


def test_cancel_only_hits_the_sandbox_in_flight(process):
    a = Sandbox(process=process, timeout=30.0)
    b = Sandbox(process=process, timeout=30.0)
    errors = []

    def run(sb, source):
        try:
            sb.exec(source)
        except Exception as e:
            errors.append((sb, e))
    ta = threading.Thread(target=run, args=(a, "i = 0\nwhile True:\n    i += 1\n"))
    ta.start()
    wait_for(lambda: process._in_flight is a)
    tb = threading.Thread(target=run, args=(b, "done = True"))
    tb.start()
    assert not b.cancel()
    time.sleep(0.2)
    assert ta.is_alive()
    assert a.cancel()
    ta.join(10.0)
    tb.join(10.0)
    assert [(sb, type(e)) for sb, e in errors] == [(a, Cancelled)]
    assert b.get("done") is True and a.get("i") > 0


def test_no_pypy_gc_max_from_the_controller(process):
    # The interpreter sets its own backstop from the quotas: with quotas
    # set, process_stats reports one at least as large as their sum.
    Sandbox(process=process, heap="16M")
    Sandbox(process=process, heap="16M")
    stats = process.process_stats()
    assert stats.backstop >= 32 * MiB

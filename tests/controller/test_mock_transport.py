"""Sandbox against MockTransport: the request/reply logic without a process."""

import pytest

from trusted import (GuestError, HeapStats, OutputLimitExceeded,
                     ProcessStats, ProtocolError, Sandbox, SandboxClosed,
                     SandboxCrashed, SandboxProcess, TimeLimitExceeded)
from trusted._transport import MockTransport


def interpreter(request):
    kind = request[0]
    if kind in ("create", "destroy"):
        return [["result", None]]
    if kind == "get":
        return [["output", 1, "getting\n"], ["result", {"name": request[2]}]]
    if kind == "stats":
        return [["result", {"live": 10, "peak": 20, "quota": 0, "marks": 3,
                            "allocated": 40, "output_limit": 0}]]
    if kind == "process_stats":
        return [["result", {"sandboxes": 1, "heap_used": 5, "backstop": 0}]]
    if kind == "call":
        sid, name, args, kwargs, options = request[1:]
        if name == "slow":
            return [["interrupted", {"reason": "deadline",
                                     "limit": options["timeout"],
                                     "filename": "m.py", "lineno": 4}]]
        if name == "fail":
            return [["error", {"type": "KeyError", "message": "'k'",
                               "traceback": [["m.py", 2, "fail"]]}]]
        if name == "garbage":
            return [b"\x92"]
        if name == "crash":
            raise SandboxCrashed("interpreter killed by SIGSEGV", -11)
        if name == "silent":
            return []
        if name == "output_limit":
            return [["output", 1, "x" * 10],
                    ["interrupted", {"reason": "output", "limit": 10}]]
        if name == "bad_stats":
            return [["result", None]]
        return [["result", [args, kwargs]]]
    return [["protocol_error", "unexpected %r" % kind]]


@pytest.fixture
def mock():
    return MockTransport(interpreter)


def test_requests_on_the_wire(mock):
    with Sandbox(vm=mock, heap="1K", timeout=2, builtins=["len"],
                 modules=["math"], argv=["a"]) as sb:
        assert sb.call("f", 1, (2,), k=None) == [[1, (2,)], {"k": None}]
        assert sb.get("x") == {"name": "x"}
        assert sb.stdout == "getting\n"
    assert mock.requests == [
        ["create", 1, {"heap": 1024, "modules": ["math"], "argv": ["a"],
                       "output_limit": 16 * 1024 * 1024,
                       "builtins": ["len"]}],
        ["call", 1, "f", [1, (2,)], {"k": None}, {"timeout": 2.0}],
        ["get", 1, "x"],
        ["shutdown"],
    ]


def test_defaults_on_the_wire(mock):
    Sandbox(vm=mock).close()
    assert mock.requests[0] == ["create", 1, {
        "heap": 0, "modules": [], "argv": [], "output_limit": 16 << 20}]


@pytest.mark.parametrize("output_limit, sent", [
    (None, 0), (0, 0), ("1K", 1024), (5, 5)])
def test_output_limit_on_the_wire(mock, output_limit, sent):
    Sandbox(vm=mock, output_limit=output_limit).close()
    assert mock.requests[0][2]["output_limit"] == sent


def test_shared_process_on_the_wire(mock):
    with SandboxProcess(vm=mock) as process:
        a = Sandbox(process=process)
        b = Sandbox(process=process, heap="1M")
        assert b.get("y") == {"name": "y"}
        assert a.stats() == HeapStats(live=10, peak=20, quota=0, marks=3,
                                      allocated=40)
        assert process.process_stats() == ProcessStats(
            sandboxes=1, heap_used=5, backstop=0)
        a.close()
        a.close()
        b.stats(collect=True)
    assert b.closed
    assert mock.requests == [
        ["create", 1, {"heap": 0, "modules": [], "argv": [],
                       "output_limit": 16 << 20}],
        ["create", 2, {"heap": 1 << 20, "modules": [], "argv": [],
                       "output_limit": 16 << 20}],
        ["get", 2, "y"],
        ["stats", 1, {"collect": False}],
        ["process_stats"],
        ["destroy", 1],
        ["stats", 2, {"collect": True}],
        ["shutdown"],
    ]


def test_output_limit_reply(mock):
    with Sandbox(vm=mock, output_limit=10) as sb:
        with pytest.raises(OutputLimitExceeded) as info:
            sb.call("output_limit")
        assert sb.stdout == "x" * 10
        assert info.value.limit == 10
        assert str(info.value) == "output limit exceeded (10 bytes)"
        assert sb.get("z") == {"name": "z"}


def test_malformed_stats_reply_closes_the_process():
    def handler(request):
        if request[0] == "stats":
            return [["result", {"live": -1}]]
        return interpreter(request)
    mock = MockTransport(handler)
    sb = Sandbox(vm=mock)
    with pytest.raises(ProtocolError, match="malformed reply to 'stats'"):
        sb.stats()
    assert sb.closed and mock.closed


def test_error_without_source_has_no_source_lines(mock):
    with Sandbox(vm=mock) as sb:
        with pytest.raises(GuestError) as info:
            sb.call("fail")
    assert info.value.formatted == (
        "Traceback (most recent call last):\n"
        '  File "m.py", line 2, in fail\n'
        "KeyError: 'k'")


def test_interrupted(mock):
    with Sandbox(vm=mock, timeout=0.5) as sb:
        with pytest.raises(TimeLimitExceeded) as info:
            sb.call("slow")
    assert (info.value.limit, info.value.filename, info.value.lineno) == \
        (0.5, "m.py", 4)
    assert str(info.value) == "time limit exceeded (0.5) at m.py:4"


@pytest.mark.parametrize("name, error", [
    ("garbage", ProtocolError), ("crash", SandboxCrashed),
    ("silent", SandboxCrashed)])
def test_fatal_replies_close(mock, name, error):
    sb = Sandbox(vm=mock)
    with pytest.raises(error):
        sb.call(name)
    with pytest.raises(SandboxClosed):
        sb.get("x")


def test_protocol_error_reply(mock):
    with Sandbox(vm=mock) as sb:
        with pytest.raises(ProtocolError, match="unexpected 'exec'"):
            sb._run(["exec", 1, None, {}], 1.0)
        assert sb.get("y") == {"name": "y"}


@pytest.mark.parametrize("ready", [
    ["result", None], ["ready", 99, {}], ["ready", 1, {}], b"\xc1"])
def test_bad_handshake(ready):
    mock = MockTransport(interpreter)
    mock._pending[0] = ready
    with pytest.raises(ProtocolError):
        Sandbox(vm=mock)
    assert mock.closed


@pytest.mark.parametrize("kwargs, message", [
    ({"timeout": 0}, "timeout"), ({"timeout": -1}, "timeout"),
    ({"timeout": float("nan")}, "timeout"), ({"timeout": "1"}, "timeout"),
    ({"heap": "lots"}, "invalid size"), ({"heap": -5}, "negative"),
    ({"output_limit": "lots"}, "invalid size"),
])
def test_bad_arguments_raise_value_error(mock, kwargs, message):
    with pytest.raises(ValueError, match=message):
        Sandbox(vm=mock, **kwargs)


@pytest.mark.parametrize("kwargs", [{"modules": "math"}, {"argv": [1]},
                                    {"builtins": "len"}])
def test_bad_name_lists_raise_type_error(mock, kwargs):
    with pytest.raises(TypeError):
        Sandbox(vm=mock, **kwargs)


def test_vm_and_process_are_exclusive(mock):
    with SandboxProcess(vm=mock) as process:
        with pytest.raises(ValueError, match="not both"):
            Sandbox(process=process, vm="/bin/vm")
        with pytest.raises(TypeError, match="SandboxProcess"):
            Sandbox(process=mock)


def test_import_frames_on_the_wire(fake_compiler):
    # the exact frames: ["import", name] mid-request, ["module", name, code
    # or None] in answer, then the final reply of the request
    def handler(message):
        if message[0] == "create":
            return [["result", None]]
        if message[0] == "call":
            return [["output", 1, "a"], ["import", "helper"]]
        if message[0] == "module" and message[1] == "helper":
            return [["import", "../etc"]]
        if message[0] == "module" and message[1] == "../etc":
            return [["import", "heapq"]]
        return [["result", None]] if message[0] != "shutdown" else []

    mock = MockTransport(handler)
    with Sandbox(vm=mock, user_modules={"helper": "X = 1\n"},
                 modules=["../etc"]) as sb:
        assert sb.call("f") is None
        assert sb.stdout == "a"
    kinds = [m[:2] for m in mock.requests]
    assert kinds == [["create", 1], ["call", 1], ["module", "helper"],
                     ["module", "../etc"], ["module", "heapq"], ["shutdown"]]
    assert mock.requests[2][2].source == "X = 1\n"
    assert mock.requests[3][2] is None          # granted, but not a name
    assert mock.requests[4][2] is None          # exists, but not granted
    assert mock.requests[0][2]["modules"] == ["../etc", "helper"]


@pytest.mark.parametrize("frame", [["import"], ["import", 1],
                                   ["import", "m", "x"]])
def test_malformed_import_frames(fake_compiler, frame):
    def handler(message):
        if message[0] == "create":
            return [["result", None]]
        return [frame]

    with Sandbox(vm=MockTransport(handler)) as sb:
        with pytest.raises(ProtocolError):
            sb.call("f")
        assert sb.closed


def test_import_in_reply_to_a_control_request():
    def handler(message):
        if message[0] == "create":
            return [["result", None]]
        return [["import", "m"], ["result", {}]]

    with Sandbox(vm=MockTransport(handler)) as sb:
        with pytest.raises(ProtocolError, match="runs no guest code"):
            sb.process.process_stats()

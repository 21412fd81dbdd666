"""Sandbox against MockTransport: the request/reply logic without a process."""

import pytest

from trusted import (GuestError, ProtocolError, Sandbox, SandboxClosed,
                     SandboxCrashed, TimeLimitExceeded)
from trusted._transport import MockTransport


def interpreter(request):
    kind = request[0]
    if kind == "configure":
        return [["result", None]]
    if kind == "get":
        return [["output", 1, "getting\n"], ["result", {"name": request[1]}]]
    if kind == "call":
        name, args, kwargs, options = request[1:]
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
        ["configure", {"heap": 1024, "modules": ["math"], "argv": ["a"],
                       "builtins": ["len"]}],
        ["call", "f", [1, (2,)], {"k": None}, {"timeout": 2.0}],
        ["get", "x"],
        ["shutdown"],
    ]


def test_defaults_on_the_wire(mock):
    Sandbox(vm=mock).close()
    assert mock.requests[0] == ["configure",
                                {"heap": 0, "modules": [], "argv": []}]


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
            sb._request(["exec", None, {}], 1.0)
        assert sb.get("y") == {"name": "y"}


@pytest.mark.parametrize("ready", [
    ["result", None], ["ready", 99, {}], b"\xc1"])
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
])
def test_bad_arguments_raise_value_error(mock, kwargs, message):
    with pytest.raises(ValueError, match=message):
        Sandbox(vm=mock, **kwargs)


@pytest.mark.parametrize("kwargs", [{"modules": "math"}, {"argv": [1]},
                                    {"builtins": "len"}])
def test_bad_name_lists_raise_type_error(mock, kwargs):
    with pytest.raises(TypeError):
        Sandbox(vm=mock, **kwargs)

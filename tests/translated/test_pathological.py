"""Pathological programs: each is stopped with a clear error by the
interpreter itself, and the host and the sandbox survive."""

import time

import pytest

from trusted import GuestError, HeapQuotaExceeded, Sandbox, SandboxCrashed, TimeLimitExceeded


@pytest.fixture
def sandbox(vm_command):
    with Sandbox(vm=vm_command, heap="64M", timeout=10.0) as sb:
        yield sb


def still_works(sb):
    sb.exec("alive = sum(range(10))", "alive.py")
    assert sb.get("alive") == 45


@pytest.mark.parametrize("source", [
    "x = [0] * 10**12",
    "x = 'x' * 10**12",
    "x = bytes(10**12)",
    "x = 2 ** 10**10",
    "x = 10 ** 10**10",
    "x = (1 << 10**11)",
    "x = [1, 2] * 2**62",
])
def test_single_huge_request_refused_quickly(sandbox, source):
    t0 = time.monotonic()
    with pytest.raises(HeapQuotaExceeded):
        sandbox.exec(source, "huge.py")
    assert time.monotonic() - t0 < 2.0
    still_works(sandbox)


def test_memory_error_is_catchable_and_recoverable(sandbox):
    sandbox.exec(
        "hog = []\n"
        "try:\n"
        "    while True:\n"
        "        hog.append([0] * 1000)\n"
        "except MemoryError:\n"
        "    n = len(hog)\n"
        "    hog = None\n"
        "after = [1] * 1000\n", "hog.py")
    assert sandbox.get("n") > 1000
    assert len(sandbox.get("after")) == 1000
    still_works(sandbox)


def test_garbage_does_not_count(vm_command):
    # allocates and drops about 20x the quota
    with Sandbox(vm=vm_command, heap="16M", timeout=30.0) as sb:
        sb.exec("total = 0\nfor i in range(300):\n    chunk = [i] * 100000\n"
                "    total += len(chunk)\n", "churn.py")
        assert sb.get("total") == 30000000


def test_deep_recursion_is_a_recursion_error(sandbox):
    with pytest.raises(GuestError) as info:
        sandbox.exec("def f(n):\n    return f(n + 1) + 1\nf(0)\n", "rec.py")
    assert info.value.type_name == "RecursionError"
    assert "maximum recursion depth exceeded" in info.value.message
    still_works(sandbox)


def test_recursion_error_is_catchable(sandbox):
    sandbox.exec("def f(n):\n    return f(n + 1)\n"
                 "try:\n    f(0)\nexcept RecursionError:\n    caught = True\n", "rec.py")
    assert sandbox.get("caught") is True


def test_huge_recursion_limit_cannot_crash_the_interpreter(vm_command):
    # the host may raise the limit; RPython's own stack check still turns
    # an overflow of the C stack into RecursionError
    class DeepSandbox(Sandbox):
        def _create_options(self):
            return dict(super()._create_options(), recursion_limit=100000)
    with DeepSandbox(vm=vm_command, timeout=30.0) as sb:
        with pytest.raises(GuestError) as info:
            sb.exec("def f(n):\n    return f(n + 1) + 1\nf(0)\n", "rec.py")
        assert info.value.type_name == "RecursionError"
        still_works(sb)


def test_deeply_nested_result_cannot_leave(sandbox):
    sandbox.exec("x = []\nfor i in range(1000):\n    x = [x]\n")
    with pytest.raises(GuestError) as info:
        sandbox.get("x")
    assert info.value.type_name == "ValueError"
    still_works(sandbox)


def test_self_containing_list(sandbox):
    sandbox.exec("x = [1]\nx.append(x)\ntext = repr(x)\n")
    assert sandbox.get("text") == "[1, [...]]"
    with pytest.raises(GuestError):
        sandbox.get("x")
    still_works(sandbox)


def test_str_of_huge_int_is_bounded(sandbox):
    with pytest.raises(GuestError) as info:
        sandbox.exec("x = 7 ** 100000\ns = str(x)\n")
    assert info.value.type_name == "ValueError"
    assert "4300 digits" in info.value.message


def test_unhashable_key(sandbox):
    with pytest.raises(GuestError) as info:
        sandbox.exec("d = {[1]: 2}")
    assert info.value.type_name == "TypeError"
    assert "unhashable type: 'list'" in info.value.message


def test_timeout_in_nested_calls_reports_location(vm_command):
    with Sandbox(vm=vm_command, timeout=0.3) as sb:
        with pytest.raises(TimeLimitExceeded) as info:
            sb.exec("def spin():\n    while True:\n        pass\n\ndef outer():\n    spin()\n\nouter()\n",
                    "spin.py")
        assert info.value.filename == "spin.py"
        assert info.value.lineno in (2, 3)


def test_except_and_finally_cannot_swallow_the_deadline(vm_command):
    with Sandbox(vm=vm_command, timeout=0.3) as sb:
        t0 = time.monotonic()
        with pytest.raises(TimeLimitExceeded):
            sb.exec("while True:\n"
                    "    try:\n"
                    "        while True:\n"
                    "            pass\n"
                    "    except BaseException:\n"
                    "        pass\n"
                    "    finally:\n"
                    "        pass\n", "stubborn.py")
        assert time.monotonic() - t0 < 2.0
        still_works(sb)


def test_killed_interpreter_is_sandbox_crashed(vm_command):
    sb = Sandbox(vm=vm_command, timeout=10.0)
    sb._transport._proc.kill()
    with pytest.raises(SandboxCrashed):
        sb.exec("x = 1")
    assert sb.closed


# Generators and closures go through the same limits as calls.

DEEP_YIELD_FROM = """
def chain(n):
    if n == 0:
        yield 1
    else:
        yield from chain(n - 1)

g = chain(100000)
"""


def test_deep_yield_from_chain_is_a_recursion_error(sandbox):
    with pytest.raises(GuestError) as info:
        sandbox.exec(DEEP_YIELD_FROM + "x = next(g)\n", "deep.py")
    assert info.value.type_name == "RecursionError"
    still_works(sandbox)


def test_deep_yield_from_chain_with_a_huge_recursion_limit(vm_command):
    with Sandbox(vm=vm_command, timeout=30.0) as sb:
        sb._transport.send(["configure", {"recursion_limit": 1000000}])
        sb._transport.recv(10.0)
        with pytest.raises(GuestError) as info:
            sb.exec(DEEP_YIELD_FROM + "x = list(g)\n", "deep.py")
        assert info.value.type_name == "RecursionError"
        still_works(sb)


def test_deeply_nested_generator_expressions(sandbox):
    src = "g = iter([1])\nfor i in range(5000):\n    g = (x for x in g)\nx = list(g)\n"
    with pytest.raises(GuestError) as info:
        sandbox.exec(src, "nested.py")
    assert info.value.type_name == "RecursionError"
    still_works(sandbox)


def test_recursive_closure_is_a_recursion_error(sandbox):
    with pytest.raises(GuestError) as info:
        sandbox.exec("def f():\n    def g(n):\n        return g(n + 1)\n    return g(0)\nf()\n")
    assert info.value.type_name == "RecursionError"
    still_works(sandbox)


@pytest.mark.parametrize("source", [
    "def forever():\n    while True:\n        yield 1\nx = sum(forever())\n",
    "def forever():\n    n = 0\n    while True:\n        n += 1\n        yield n\n"
    "for v in forever():\n    pass\n",
    "def inner():\n    while True:\n        yield 1\ndef outer():\n    yield from inner()\n"
    "s = set(outer())\n",
    "def it():\n    while True:\n        yield 0\nx = max(v for v in it())\n",
])
def test_endless_generators_are_stopped(vm_command, source):
    from trusted import InstructionLimitExceeded
    with Sandbox(vm=vm_command, instructions=2_000_000, heap="512M") as sb:
        with pytest.raises((InstructionLimitExceeded, HeapQuotaExceeded)):
            sb.exec(source, "endless.py")
        still_works(sb)


def test_generator_interrupted_by_a_limit_is_finished(vm_command):
    # the frame was unwound mid-instruction: resuming it must not run on a
    # stack in an unknown state
    from trusted import InstructionLimitExceeded
    with Sandbox(vm=vm_command, instructions=200_000) as sb:
        sb.exec("def g():\n    yield 0\n    n = 0\n    while True:\n"
                "        n = (n, [n, n], n + 1)[2]\nit = g()\nfirst = next(it)\n")
        with pytest.raises(InstructionLimitExceeded):
            sb.exec("second = next(it)\n")
        sb.exec("rest = list(it)\n")
        assert sb.get("rest") == []

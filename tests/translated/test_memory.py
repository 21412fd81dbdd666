"""The memory pool against the real interpreter (docs/memory.md): programs
that fill, churn, catch and recover, and make single huge requests, under
several quotas; the pool marks what frames hold too; the sandbox survives
every one of them."""

import time

import pytest

from trusted import GuestError, HeapQuotaExceeded, Sandbox

MiB = 1024 * 1024
# A mark finds what the guest allocated up to the previous look (every
# 20,000 instructions): the live size can pass the quota by that much.
RESOLUTION = 4 * MiB
# The live size is an estimate from RPython's layouts, within 15% of the
# GC's own count (bench/pool.py, accuracy): a list made at its size, for
# one, is counted with the room an appended list would have.
ESTIMATE = 1.15

FILLERS = {
    "list of lists": "x = []\nwhile True:\n    x.append([1, 2, 3] * 4)\n",
    "list of str": "x = []\nwhile True:\n    x.append('abc' * 30 + str(len(x)))\n",
    "dict of floats": "d = {}\nn = 0\nwhile True:\n    d[n] = n * 0.5\n    n += 1\n",
    "list of big ints": "x = []\nwhile True:\n    x.append(7 ** 300 + len(x))\n",
    "growing string": "s = 'x'\nwhile True:\n    s = s + s\n",
    "local in a function": ("def f():\n    held = []\n    while True:\n"
                            "        held.append('y' * 200)\n"
                            "f()\n"),
    # instances of builtin types' subclasses hold their value (w_storage)
    "list subclass instances": ("class L(list):\n    pass\n"
                                "x = L()\nwhile True:\n    x.append(L([1, 2, 3] * 4))\n"),
    "dict subclass values": ("class D(dict):\n    def __missing__(self, k):\n"
                             "        return 0\n"
                             "d = D()\nn = 0\nwhile True:\n    d[n] = str(n) * 10\n    n += 1\n"),
    "instances": ("class P:\n    def __init__(self, i):\n        self.a = i\n"
                  "        self.b = [i]\n        self.c = 'c%d' % i\n"
                  "x = []\nwhile True:\n    x.append(P(len(x)))\n"),
    # past the attribute-map limit: each instance keeps a dict
    "instances with many attributes": (
        "class O:\n    pass\nx = []\nwhile True:\n    o = O()\n"
        "    for i in range(80):\n        setattr(o, 'a%d' % i, i)\n"
        "    x.append(o)\n"),
    # every instance a new layout: the class's maps grow too
    "instances with distinct attribute names": (
        "class O:\n    pass\nx = []\nwhile True:\n    o = O()\n"
        "    setattr(o, 'k%d' % len(x), 1)\n    setattr(o, 'j%d' % len(x), 2)\n"
        "    x.append(o)\n"),
    # 160 KB per frame: the quota comes before the recursion limit
    "deep call chain holding data": ("def f(n):\n    data = [n] * 20000\n"
                                     "    return f(n + 1) + len(data)\n"
                                     "f(0)\n"),
}


@pytest.mark.parametrize("quota", [16, 64])
@pytest.mark.parametrize("name", sorted(FILLERS))
def test_filling_stops_at_the_quota(vm_command, quota, name):
    with Sandbox(heap="%dM" % quota, timeout=60, vm=vm_command) as sb:
        with pytest.raises(HeapQuotaExceeded):
            sb.exec(FILLERS[name], "fill.py")
        stats = sb.stats()
        assert stats.quota == quota * MiB
        assert stats.peak <= quota * MiB * ESTIMATE + RESOLUTION
        assert stats.peak >= quota * MiB // 2
        # still usable, and the data that made it fail is garbage now
        sb.exec("x = d = s = None\ny = [0] * 1000\n")
        assert sb.get("y") == [0] * 1000
        assert sb.stats(collect=True).live < 2 * MiB


def test_garbage_never_counts(vm_command):
    """100x the quota in short-lived objects of every kind."""
    source = (
        "n = 0\n"
        "for i in range(1600):\n"
        "    a = [str(j) for j in range(1000)]\n"
        "    b = dict(zip(range(200), a))\n"
        "    c = 'z' * 100000\n"
        "    n += len(a) + len(b) + len(c)\n"
        "print(n)\n")
    with Sandbox(heap="16M", timeout=120, vm=vm_command) as sb:
        sb.exec(source, "churn.py")
        assert sb.stdout.strip() == str(1600 * (1000 + 200 + 100000))
        stats = sb.stats(collect=True)
        assert stats.live < 2 * MiB
        assert stats.peak <= 16 * MiB


def test_medium_lived_garbage_is_marked_away(vm_command):
    """Data that survives a while (so it reaches the GC's old generation)
    and is then dropped: charged, marked, and found dead."""
    source = (
        "keep = []\n"
        "for i in range(400):\n"
        "    keep.append(['%d' % j for j in range(2000)])\n"
        "    if len(keep) > 20:\n"
        "        keep.pop(0)\n"
        "print(len(keep))\n")
    with Sandbox(heap="16M", timeout=120, vm=vm_command) as sb:
        sb.exec(source, "medium.py")
        assert sb.stdout.strip() == "20"
        stats = sb.stats()
        assert stats.marks >= 2
        assert stats.allocated > 16 * MiB      # more than the quota went through


def test_memory_error_is_catchable_and_the_guest_recovers(vm_command):
    source = (
        "x = []\n"
        "try:\n"
        "    while True:\n"
        "        x.append('y' * 1000)\n"
        "except MemoryError:\n"
        "    got = len(x)\n"
        "    x = None\n"
        "more = ['z' * 100 for i in range(5000)]\n"
        "print('recovered', got > 1000, len(more))\n")
    with Sandbox(heap="16M", timeout=60, vm=vm_command) as sb:
        sb.exec(source, "recover.py")
        assert sb.stdout.strip() == "recovered True 5000"
        sb.exec("def f(n):\n    return [n] * n\n")
        assert sb.call("f", 3) == [3, 3, 3]


HUGE = ["x = [0] * 10 ** 12", "x = 'x' * 10 ** 12", "x = bytes(10 ** 12)",
        "x = 10 ** 10 ** 10", "x = list(range(10 ** 12))", "x = [1, 2] * (2 ** 40)",
        "x = b'ab' * 10 ** 11", "x = 'ab'.join(['x'] * 10 ** 8)"]


@pytest.mark.parametrize("source", HUGE)
def test_single_huge_request_is_refused_at_once(vm_command, source):
    with Sandbox(heap="64M", timeout=30, vm=vm_command) as sb:
        start = time.monotonic()
        with pytest.raises(HeapQuotaExceeded):
            sb.exec(source + "\n", "huge.py")
        assert time.monotonic() - start < 2.0
        assert sb.stats().peak < 64 * MiB
        sb.exec("ok = 1\n")


def test_huge_request_without_quota_is_still_refused(vm_command):
    with Sandbox(timeout=30, vm=vm_command) as sb:
        with pytest.raises(GuestError) as e:
            sb.exec("x = [0] * 10 ** 15\n")
        assert e.value.type_name == "MemoryError"


def test_live_size_follows_what_the_guest_holds(vm_command):
    with Sandbox(heap="256M", timeout=60, vm=vm_command) as sb:
        base = sb.stats(collect=True).live
        sb.exec("data = ['%08d' % i for i in range(200000)]\n")
        held = sb.stats(collect=True).live - base
        # 200,000 strs of 8 characters: 16 + 64 bytes each, plus the list
        assert 14 * MiB < held < 22 * MiB, held
        sb.exec("data = None\n")
        assert sb.stats(collect=True).live - base < MiB


def test_recursion_is_limited_not_a_crash(vm_command):
    with Sandbox(heap="64M", timeout=60, vm=vm_command) as sb:
        with pytest.raises(GuestError) as e:
            sb.exec("def f(n):\n    return f(n + 1) + 1\nf(0)\n")
        assert e.value.type_name == "RecursionError"
        sb.exec("ok = 1\n")
        assert sb.get("ok") == 1

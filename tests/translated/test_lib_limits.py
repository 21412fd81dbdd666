"""The library modules (random, time) and the new str/bytes methods keep
the limits: long loops inside them stop at the deadline, huge results are
refused before they are built, and time.sleep waits no longer than the
deadline."""

import time

import pytest

from trusted import GuestError, HeapQuotaExceeded, Sandbox, TimeLimitExceeded

DEADLINE = 0.5
SLACK = 0.5
MODULES = ["random", "time", "math"]

SLOW_PROGRAMS = [
    ("sleep past the deadline", "import time\ntime.sleep(30)\n"),
    ("many short sleeps", "import time\nwhile True:\n    time.sleep(0.001)\n"),
    ("shuffle a huge list", "import random\nl = list(range(10 ** 7))\nwhile True:\n    random.shuffle(l)\n"),
    ("choices of 10**8", "import random\nx = random.choices([1, 2, 3], k=10 ** 8)\n"),
    ("sample of a huge range", "import random\nwhile True:\n    x = random.sample(range(10 ** 12), 10 ** 6)\n"),
    ("getrandbits in a loop", "import random\nwhile True:\n    x = random.getrandbits(10 ** 7)\n"),
    ("format of a long string", "s = '{0}' * 10 ** 7\nwhile True:\n    t = s.format(1)\n"),
    ("translate a huge string", "s = 'ab' * 10 ** 7\nwhile True:\n    t = s.translate({97: 'x'})\n"),
    ("encode a huge string", "s = 'é' * 10 ** 7\nwhile True:\n    t = s.encode()\n"),
    ("map over a huge range", "def f(x):\n    return x\nwhile True:\n    for y in map(f, range(10 ** 8)):\n        pass\n"),
    ("filter scanning forever", "def f(x):\n    return False\nwhile True:\n    list(filter(f, range(10 ** 8)))\n"),
    ("hypot of many values", "import math\nv = [1.0] * 10 ** 6\nwhile True:\n    math.dist(v, v)\n"),
]


@pytest.mark.parametrize("source", [s for _, s in SLOW_PROGRAMS],
                         ids=[name for name, _ in SLOW_PROGRAMS])
def test_deadline_stops_library_loops(vm_command, source):
    with Sandbox(vm=vm_command, heap="2G", timeout=DEADLINE, modules=MODULES) as sb:
        t0 = time.monotonic()
        try:
            sb.exec(source, "slow.py")
        except TimeLimitExceeded:
            pass
        except HeapQuotaExceeded:
            pass
        assert time.monotonic() - t0 < DEADLINE + SLACK
        sb.exec("after = 1")
        assert sb.get("after") == 1


HUGE = [
    "x = ('{0:99999}' * 10 ** 5).format(1)",
    "x = 'a'.center(10 ** 12)",
    "x = 'a\\tb'.expandtabs(10 ** 12)",
    "x = (1).to_bytes(10 ** 12, 'big')",
    "import random\nx = random.randbytes(10 ** 12)",
    "import random\nx = random.getrandbits(10 ** 13)",
    "import random\nx = random.choices([1], k=10 ** 12)",
    "x = b'ab'.center(10 ** 12)",
]


@pytest.mark.parametrize("source", HUGE)
def test_huge_results_are_refused(vm_command, source):
    with Sandbox(vm=vm_command, heap="64M", timeout=5.0, modules=MODULES) as sb:
        with pytest.raises((HeapQuotaExceeded, GuestError)) as info:
            sb.exec(source, "huge.py")
        if isinstance(info.value, GuestError):
            assert info.value.type_name == "MemoryError", info.value
        sb.exec("after = 1")
        assert sb.get("after") == 1


def test_random_is_per_sandbox_and_seedable(vm_command):
    src = "import random\nrandom.seed(42)\nx = [random.random(), random.randint(1, 100)]\n"
    with Sandbox(vm=vm_command, modules=MODULES) as sb:
        sb.exec(src)
        got = sb.get("x")
    import random
    random.seed(42)
    assert got == [random.random(), random.randint(1, 100)]

"""json, array and io against the real interpreter: their work is held to
the heap quota (the text an encoder builds and the containers a decoder
fills count before they are reachable), stopped by the time limits, and
bounded by the recursion limit; the sandbox survives every one."""

import pytest

from trusted import GuestError, HeapQuotaExceeded, Sandbox, TimeLimitExceeded

MiB = 1024 * 1024
RESOLUTION = 4 * MiB
ESTIMATE = 1.15

FILLERS = {
    "json.dumps of a 100 MB text": "import json\ns = json.dumps(['x' * 1000] * 100000)\n",
    "json.dumps indented": "import json\ns = json.dumps([[i] for i in range(10 ** 4)] * 300, indent=8)\n",
    "json.loads of many lists": ("import json\ndoc = '[' + '[],' * 1000000 + '[]]'\n"
                                 "x = json.loads(doc)\n"),
    "json.loads of many objects": ("import json\ndoc = '[' + '{\"a\":[1.5]},' * 300000 + '{}]'\n"
                                   "x = json.loads(doc)\n"),
    "json.loads kept": ("import json\nkeep = []\nwhile True:\n"
                        "    keep.append(json.loads('[' + '\"abc\",' * 1000 + '1]'))\n"),
    "array append": "import array\na = array.array('d')\nwhile True:\n    a.append(1.5)\n",
    "array extend": ("import array\na = array.array('q')\nwhile True:\n"
                     "    a.extend(range(1000))\n"),
    "array frombytes": ("import array\na = array.array('i')\nb = bytes(100000)\n"
                        "while True:\n    a.frombytes(b)\n"),
    "array doubling": ("import array\na = array.array('b', [1])\nwhile True:\n"
                       "    a += a\n"),
    "many arrays": ("import array\nkeep = []\nwhile True:\n"
                    "    keep.append(array.array('d', [0.0]) * 100)\n"),
    "bytearray append": "b = bytearray()\nwhile True:\n    b.append(1)\n",
    "bytearray extend": "b = bytearray()\nwhile True:\n    b.extend(b'x' * 1000)\n",
    "bytearray doubling": "b = bytearray(b'x')\nwhile True:\n    b += b\n",
    "StringIO": "import io\ns = io.StringIO()\nwhile True:\n    s.write('x' * 1000)\n",
    "print to StringIO": ("import io\ns = io.StringIO()\nwhile True:\n"
                          "    print('y' * 100, file=s)\n"),
}


@pytest.mark.parametrize("name", sorted(FILLERS))
def test_filling_stops_at_the_quota(vm_command, name):
    quota = 32
    with Sandbox(heap="%dM" % quota, timeout=60, vm=vm_command,
                 modules=["json", "array", "io"]) as sb:
        with pytest.raises(HeapQuotaExceeded):
            sb.exec(FILLERS[name], "fill.py")
        stats = sb.stats()
        assert stats.peak <= quota * MiB * ESTIMATE + RESOLUTION
        sb.exec("x = s = doc = keep = a = b = None\ny = [0] * 1000\n")
        assert sb.get("y") == [0] * 1000
        assert sb.stats(collect=True).live < 2 * MiB


def test_memory_error_in_json_is_catchable(vm_command):
    source = ("import json\n"
              "try:\n"
              "    json.dumps(['y' * 10000] * 10000)\n"
              "except MemoryError:\n"
              "    print('caught')\n"
              "print(json.loads(json.dumps({'a': [1, 2]})))\n")
    with Sandbox(heap="16M", timeout=60, vm=vm_command, modules=["json"]) as sb:
        sb.exec(source, "recover.py")
        assert sb.stdout.split() == ["caught", "{'a':", "[1,", "2]}"]


@pytest.mark.parametrize("source", [
    "import json\nx = json.loads('[' * 10 ** 6)\n",
    "import json\nx = json.loads('{\"a\":' * 10 ** 6)\n",
    "import json\nx = []\nfor i in range(10 ** 5):\n    x = [x]\njson.dumps(x)\n",
    "import json\nx = []\nx.append(x)\njson.dumps(x, check_circular=False)\n",
    "import json\nclass A: pass\njson.dumps(A(), default=lambda o: [o], check_circular=False)\n",
])
def test_deep_nesting_is_a_recursion_error(vm_command, source):
    with Sandbox(heap="256M", timeout=60, vm=vm_command, modules=["json"]) as sb:
        with pytest.raises(GuestError) as e:
            sb.exec(source, "deep.py")
        assert e.value.type_name == "RecursionError"
        sb.exec("ok = json.loads('[1]')\n")
        assert sb.get("ok") == [1]


def test_long_json_work_is_interrupted(vm_command):
    with Sandbox(heap="512M", timeout=1.0, vm=vm_command, modules=["json"]) as sb:
        sb.exec("import json\ndoc = json.dumps([{'k': [1, 2.5, 'x']}] * 200000)\n")
        with pytest.raises(TimeLimitExceeded):
            sb.exec("while True:\n    json.loads(doc)\n    json.dumps(doc)\n")
        sb.exec("ok = 1\n")

"""Imports against the real interpreter (docs/modules.md, docs/protocol.md
"Imports"): modules the host sends run as guest code in a module of their
own sandbox, under the request's limits; malformed answers from the host
fail the import and nothing else."""

import dataclasses

import pytest

from trusted import (GuestError, HeapQuotaExceeded, InstructionLimitExceeded,
                     Sandbox, SandboxProcess, TimeLimitExceeded,
                     compile_module)
from trusted._wire import encode_frame

COUNTER = ("count = 0\n"
           "items = []\n"
           "def bump(x):\n"
           "    global count\n"
           "    count += 1\n"
           "    items.append(x)\n"
           "    return count\n")


def test_registered_module(vm_command):
    with Sandbox(vm=vm_command, timeout=30, user_modules={"counter": COUNTER}) as sb:
        sb.exec("import counter\nfrom counter import bump\n"
                "r = (bump('a'), counter.bump('b'), counter.items, counter.__name__)")
        assert sb.get("r") == (1, 2, ["a", "b"], "counter")
        # cached: the second exec sees the same module
        sb.exec("import counter\nr = counter.count")
        assert sb.get("r") == 2


def test_module_state_is_per_sandbox(vm_command):
    with SandboxProcess(vm=vm_command) as process:
        a = Sandbox(process=process, timeout=30, user_modules={"counter": COUNTER},
                    modules=["heapq"])
        b = Sandbox(process=process, timeout=30, user_modules={"counter": COUNTER},
                    modules=["heapq"])
        a.exec("import counter, heapq\ncounter.bump(1)\ncounter.count = 100\n"
               "counter.items.append('a')\nheapq.heappush = None")
        b.exec("import counter, heapq\nh = []\nheapq.heappush(h, 1)\n"
               "r = (counter.bump(2), counter.items, h)")
        assert b.get("r") == (1, [2], [1])
        a.exec("import counter\nr = (counter.count, counter.items)")
        assert a.get("r") == (100, [1, "a"])


def test_module_that_raises_is_removed(vm_command):
    with Sandbox(vm=vm_command, timeout=30, user_modules={
            "bad": "print('running bad')\nX = 1\nraise KeyError('nope')\n"}) as sb:
        for _ in range(2):
            with pytest.raises(GuestError) as info:
                sb.exec("import bad")
            assert info.value.type_name == "KeyError"
            assert 'File "bad.py", line 3, in <module>' in info.value.formatted
        assert sb.stdout == "running bad\nrunning bad\n"
        sb.exec("try:\n    import bad\nexcept KeyError:\n    r = 'caught'\n")
        assert sb.get("r") == "caught"


def test_circular_imports(vm_command):
    with Sandbox(vm=vm_command, timeout=30, user_modules={
            "ca": "import cb\nA = 'a'\ndef get():\n    return cb.B\n",
            "cb": "import ca\nSEEN = ca.__name__\nB = 'b'\n"
                  "def get():\n    return ca.A\n"}) as sb:
        sb.exec("import ca, cb\nr = (ca.get(), cb.get(), cb.SEEN)")
        assert sb.get("r") == ("b", "a", "ca")
    with Sandbox(vm=vm_command, timeout=30, user_modules={
            "ca": "from cb import B\nA = 1\n",
            "cb": "from ca import A\nB = 2\n"}) as sb:
        with pytest.raises(GuestError, match="cannot import name 'A' from 'ca'"):
            sb.exec("import ca")


def test_module_over_the_heap_quota(vm_command):
    big = "blob = []\nfor i in range(10 ** 8):\n    blob.append([i, i, i])\n"
    with Sandbox(vm=vm_command, heap="16M", timeout=60, user_modules={"big": big}) as sb:
        with pytest.raises(HeapQuotaExceeded):
            sb.exec("import big")
        sb.exec("x = 1")            # still usable, the module is gone
        assert sb.get("x") == 1


def test_module_past_the_deadline(vm_command):
    loop = "while True:\n    pass\n"
    with Sandbox(vm=vm_command, timeout=0.5, user_modules={"spin": loop}) as sb:
        with pytest.raises(TimeLimitExceeded) as info:
            sb.exec("import spin")
        assert info.value.filename == "spin.py"
    with Sandbox(vm=vm_command, instructions=10000, user_modules={"spin": loop}) as sb:
        with pytest.raises(InstructionLimitExceeded):
            sb.exec("import spin")


def test_module_sees_the_sandbox_whitelist(vm_command):
    with Sandbox(vm=vm_command, timeout=30, user_modules={
            "sneaky": "import os\n"}) as sb:
        with pytest.raises(GuestError, match="module 'os' is not available"):
            sb.exec("import sneaky")


def named_import(names):
    """A code object that imports `names`, which no source could spell."""
    code = compile_module("\n".join("import m%d" % i for i in range(len(names))),
                          "refused.py")
    return dataclasses.replace(code, names=list(names))


@pytest.mark.parametrize("name", ["../x", "a/b", "os", "..", "a.b", "/etc/passwd"])
def test_refused_names(vm_command, name):
    # even when the host's whitelist holds the name, the host only looks up
    # plain identifiers, and never finds os
    with Sandbox(vm=vm_command, timeout=30, modules=[name]) as sb:
        with pytest.raises(GuestError) as info:
            sb._run(["exec", sb._sid, named_import([name]), sb._run_options()], 30)
        assert info.value.type_name == "ImportError"
        if name.startswith(".."):
            # what the compiler leaves of a relative import it could not
            # resolve (trusted/_compiler/__init__.py): never sent either
            assert info.value.message == \
                "attempted relative import beyond top-level package"
        else:
            assert info.value.message == \
                "module '%s' is not available in this sandbox" % name


# --- the protocol, byte by byte --------------------------------------------------

SID = 1


@pytest.fixture
def vm(raw_vm):
    assert raw_vm.request(["create", SID, {"modules": ["m"]}]) == ["result", None]
    return raw_vm


def start_import(vm):
    vm.send(["exec", SID, compile_module("import m\nr = m.X\n", "main.py"), {}])
    assert vm.read() == ["import", "m"]


def module(source):
    return compile_module(source, "m.py")


@pytest.mark.parametrize("answer", [
    ["module", "other", None],
    ["module", "m"],
    ["module", "m", 42],
    ["module", "m", None, None],
    ["result", None],
    ["exec", SID, None, {}],
    "module",
])
def test_malformed_answers_fail_the_import(vm, answer):
    start_import(vm)
    vm.send(answer)
    reply = vm.read()
    assert reply[0] == "error", reply
    assert reply[1]["type"] == "ImportError"
    assert "bad answer from the host" in reply[1]["message"]
    # the next import asks again, and a good answer works
    start_import(vm)
    vm.send(["module", "m", module("X = 5\n")])
    assert vm.read() == ["result", None]
    assert vm.request(["get", SID, "r"]) == ["result", 5]


def test_undecodable_answer_fails_the_import(vm):
    start_import(vm)
    vm.send_payload(b"\xc1")
    reply = vm.read()
    assert reply[1]["type"] == "ImportError"
    start_import(vm)
    bad = module("X = 1\n")
    bad = dataclasses.replace(bad, code=b"\xff\xff\xff")     # fails verification
    vm.send(["module", "m", bad])
    reply = vm.read()
    assert reply[1]["type"] == "ImportError"


def test_a_str_answer_is_the_import_error(vm):
    # the host has the module but cannot compile it: the guest is told why
    start_import(vm)
    vm.send(["module", "m", "module 'm' cannot be imported: it does not compile: m.py:1: boom"])
    reply = vm.read()
    assert reply[1]["type"] == "ImportError"
    assert reply[1]["message"] == \
        "module 'm' cannot be imported: it does not compile: m.py:1: boom"


def test_none_is_remembered(vm):
    start_import(vm)
    vm.send(["module", "m", None])
    reply = vm.read()
    assert reply[1]["message"] == "module 'm' is not available in this sandbox"
    # not asked again in this sandbox
    assert vm.request(["exec", SID, compile_module(
        "try:\n    import m\nexcept ImportError:\n    r = 1\n", "t.py"), {}]) \
        == ["result", None]


def test_end_of_input_while_waiting_exits_3(vm):
    start_import(vm)
    vm.write(encode_frame(["module", "m", None])[:3])
    vm.close_input()
    assert vm.read() is None
    assert vm.wait() == 3


def test_output_before_the_import_comes_first(vm):
    vm.send(["exec", SID, compile_module("print('hi')\nimport m\n", "main.py"), {}])
    assert vm.read() == ["output", 1, "hi\n"]
    assert vm.read() == ["import", "m"]
    vm.send(["module", "m", module("print('in m')\n")])
    assert vm.read() == ["output", 1, "in m\n"]
    assert vm.read() == ["result", None]


def test_imports_in_hot_loops_and_functions(vm_command):
    # an import in a loop the JIT compiles, and in a function called often
    with Sandbox(vm=vm_command, timeout=60, modules=["heapq"],
                 user_modules={"counter": COUNTER}) as sb:
        sb.exec("def push(h, x):\n"
                "    import heapq\n"
                "    from heapq import heappush\n"
                "    heappush(h, x)\n"
                "h = []\n"
                "for i in range(20000):\n"
                "    import counter\n"
                "    push(h, (i * 7919) % 1000)\n"
                "r = (h[0], len(h), counter.count)")
        assert sb.get("r") == (0, 20000, 0)


# --- packages and dotted names ------------------------------------------------------

PACKAGE = {
    "shapes": "from .base import Base\nNAME = 'shapes'\n",
    "shapes.base": "class Base:\n    sides = 0\n",
    "shapes.poly.square": "from ..base import Base\nfrom . import helper\n"
                          "class Square(Base):\n    sides = helper.FOUR\n",
    "shapes.poly.helper": "FOUR = 4\n",
}


def test_user_package(vm_command):
    # "shapes.poly" is not given: an empty package
    with Sandbox(vm=vm_command, timeout=30, user_modules=PACKAGE) as sb:
        assert "shapes" in sb.modules and "shapes.base" not in sb.modules
        sb.exec("import shapes.poly.square\nimport shapes.base as b\n"
                "from shapes.poly import helper\n"
                "r = (shapes.poly.square.Square.sides, b.Base is shapes.Base,"
                " helper.FOUR, shapes.poly.__name__, shapes.NAME)")
        assert sb.get("r") == (4, True, 4, "shapes.poly", "shapes")


def test_stdlib_package_and_compile_errors(vm_command, tmp_path, monkeypatch):
    from trusted import _modules
    (tmp_path / "pk").mkdir()
    (tmp_path / "pk" / "__init__.py").write_text("from . import inner\nX = inner.Y + 1\n")
    (tmp_path / "pk" / "inner.py").write_text("Y = 41\n")
    (tmp_path / "pk" / "broken.py").write_text("x = 1\nmatch x:\n    case 1:\n        pass\n")
    (tmp_path / "plain.py").write_text("def f(:\n")
    (tmp_path / "notpkg").mkdir()
    (tmp_path / "notpkg" / "m.py").write_text("Z = 1\n")
    monkeypatch.setattr(_modules, "STDLIB_DIR", tmp_path)
    assert _modules.stdlib_modules() == ["pk", "plain"]
    with Sandbox(vm=vm_command, timeout=30, modules=["pk", "plain", "notpkg"]) as sb:
        sb.exec("import pk\nr = (pk.X, pk.inner.Y)")
        assert sb.get("r") == (42, 41)
        with pytest.raises(GuestError) as info:
            sb.exec("import pk.broken")
        assert info.value.type_name == "ImportError"
        assert info.value.message == (
            "module 'pk.broken' cannot be imported: it does not compile: "
            "<stdlib>/pk/broken.py:2: 'match' statement is not supported by pypy-sandbox")
        with pytest.raises(GuestError) as info:
            sb.exec("import plain")
        assert info.value.message.startswith(
            "module 'plain' cannot be imported: it does not compile: <stdlib>/plain.py:1: ")
        with pytest.raises(GuestError, match="module 'notpkg.m' is not available"):
            sb.exec("import notpkg.m")

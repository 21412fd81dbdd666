"""Imports answered by the controller (docs/protocol.md "Imports",
docs/modules.md), against the fake interpreter: user modules, the
untrusted_stdlib/ modules, the whitelist, the cache and hostile frames."""

import pytest

from trusted import (CompileError, GuestError, ProtocolError, Sandbox,
                     SandboxCrashed, SandboxProcess, _modules)
# the real compiler (the autouse fixture swaps in a stub for each test)
from trusted._compiler import compile_module as REAL_COMPILE


@pytest.fixture
def process(fake_vm):
    with SandboxProcess(vm=fake_vm()) as process:
        yield process


def stdlib_text(name):
    return (_modules.STDLIB_DIR / (name + ".py")).read_text()


def test_user_module_is_imported_and_granted(process):
    sb = Sandbox(process=process, user_modules={
        "helper": "SCALE = 3\ndef scale(x):\n    return x * SCALE\n"})
    assert "helper" in sb.modules
    sb.exec("import helper\nfrom helper import scale\n"
            "r = (helper.scale(2), scale(5), helper.__name__)")
    assert sb.get("r") == (6, 15, "helper")


def test_module_state_is_per_sandbox(process):
    source = {"counter": "n = 0\ndef bump():\n    global n\n    n += 1\n"
                         "    return n\n"}
    a = Sandbox(process=process, user_modules=source)
    b = Sandbox(process=process, user_modules=source)
    a.exec("import counter\ncounter.bump()\ncounter.bump()\ncounter.n += 10")
    b.exec("import counter\nr = counter.bump()")
    assert b.get("r") == 1
    a.exec("import counter\nr = counter.n")
    assert a.get("r") == 12


def test_dotted_names_are_granted_by_their_top_level_package(process, tmp_path,
                                                           monkeypatch):
    (tmp_path / "pk").mkdir()
    (tmp_path / "pk" / "__init__.py").write_text("A = 1\n")
    (tmp_path / "pk" / "sub.py").write_text("B = 2\n")
    (tmp_path / "pk" / "bad.py").write_text("def f(:\n")
    monkeypatch.setattr(_modules, "STDLIB_DIR", tmp_path)
    sb = Sandbox(process=process, modules=["pk"])
    sb.exec("r = [fake.ask(n) for n in ['pk', 'pk.sub', 'pk.nosuch', 'pk..sub', "
            "'pk/sub', 'pk.bad', 'pk.sub.x']]")
    answers = sb.get("r")
    assert answers[0] == ["module", "pk", "A = 1\n"]
    assert answers[1] == ["module", "pk.sub", "B = 2\n"]
    assert answers[2] == ["module", "pk.nosuch", None]
    assert answers[3] == ["module", "pk..sub", None]
    assert answers[4] == ["module", "pk/sub", None]
    assert answers[5][2].startswith("module 'pk.bad' cannot be imported: it does "
                                    "not compile: <stdlib>/pk/bad.py:1: ")
    assert answers[6] == ["module", "pk.sub.x", None]
    other = Sandbox(process=process, modules=["pkx"])
    other.exec("r = fake.ask('pk.sub')")
    assert other.get("r") == ["module", "pk.sub", None]


def test_module_dir_with_packages(tmp_path):
    (tmp_path / "top.py").write_text("T = 1\n")
    (tmp_path / "pk").mkdir()
    (tmp_path / "pk" / "__init__.py").write_text("")
    (tmp_path / "pk" / "m.py").write_text("M = 1\n")
    (tmp_path / "pk" / "inner").mkdir()
    (tmp_path / "pk" / "inner" / "__init__.py").write_text("I = 1\n")
    (tmp_path / "pk" / "inner" / "deep.py").write_text("D = 1\n")
    (tmp_path / "nopkg").mkdir()            # no __init__.py: not a package
    (tmp_path / "nopkg" / "x.py").write_text("X = 1\n")
    (tmp_path / "bad-name").mkdir()
    (tmp_path / "bad-name" / "__init__.py").write_text("")
    assert _modules.read_module_dir(str(tmp_path)) == {
        "top": "T = 1\n", "pk": "", "pk.m": "M = 1\n", "pk.inner": "I = 1\n",
        "pk.inner.deep": "D = 1\n"}


def test_the_host_answers_granted_stdlib_modules_only(process):
    sb = Sandbox(process=process, modules=["bisect", "../x", "a/b", "os"])
    sb.exec("r = [fake.ask(n) for n in ['bisect', 'heapq', '../x', 'a/b', "
            "'os', '', 'bisect.py']]")
    answers = sb.get("r")
    assert answers[0] == ["module", "bisect", stdlib_text("bisect")]
    for answer, name in zip(answers[1:], ["heapq", "../x", "a/b", "os", "",
                                          "bisect.py"]):
        assert answer == ["module", name, None]


def test_user_modules_come_before_the_stdlib(process):
    sb = Sandbox(process=process, modules=["bisect"],
                 user_modules={"bisect": "WHO = 'mine'\n"})
    sb.exec("import bisect\nr = bisect.WHO")
    assert sb.get("r") == "mine"


def test_stdlib_module_runs_in_the_guest(process):
    sb = Sandbox(process=process, modules=["heapq", "string"])
    sb.exec("import heapq, string\nh = [5, 1, 4]\nheapq.heapify(h)\n"
            "r = (h, string.digits)")
    assert sb.get("r") == ([1, 5, 4], "0123456789")


def test_refused_import_is_an_import_error(process):
    sb = Sandbox(process=process, modules=["nosuchmodule"])
    with pytest.raises(GuestError, match="ImportError: module 'nosuchmodule' "
                                         "is not available in this sandbox"):
        sb.exec("import nosuchmodule")
    with pytest.raises(GuestError, match="not available"):
        sb.exec("import heapq")         # exists, but not granted


def test_a_module_that_raises_is_not_kept(process):
    sb = Sandbox(process=process, user_modules={
        "bad": "TRIES = 1\n\nraise ValueError('boom')\n"})
    with pytest.raises(GuestError) as info:
        sb.exec("import bad")
    assert info.value.type_name == "ValueError"
    assert 'File "bad.py", line 3' in info.value.formatted
    with pytest.raises(GuestError, match="boom"):
        sb.exec("import bad")           # run again, as in CPython


def test_circular_imports(process):
    sb = Sandbox(process=process, user_modules={
        "ca": "import cb\nA = 1\ndef get():\n    return cb.B\n",
        "cb": "import ca\nB = 2\ndef get():\n    return ca.A\n"})
    sb.exec("import ca, cb\nr = (ca.get(), cb.get())")
    assert sb.get("r") == (2, 1)


@pytest.mark.parametrize("name", ["../x", "a/b", "a..b", ".a", "a.", "a.b/c",
                                  "", "1x", "x-y", "a.1b", "caf\u00e9", 3])
def test_invalid_user_module_names_are_refused(fake_vm, name):
    with pytest.raises((ValueError, TypeError)):
        Sandbox(vm=fake_vm(), user_modules={name: "x = 1\n"})


def test_user_module_source_must_be_text(fake_vm):
    with pytest.raises(TypeError):
        Sandbox(vm=fake_vm(), user_modules={"m": b"x = 1\n"})
    with pytest.raises(TypeError):
        Sandbox(vm=fake_vm(), user_modules=[("m", "x = 1\n")])


def test_user_module_compile_error_shows_at_construction(fake_vm):
    with pytest.raises(CompileError) as info:
        Sandbox(vm=fake_vm(), user_modules={"m": "def f(:\n"})
    assert info.value.filename == "m.py"


def test_modules_are_compiled_once_per_host_process(process, monkeypatch):
    import trusted._compiler
    real = trusted._compiler.compile_module
    calls = []

    def counting(source, filename):
        calls.append(filename)
        return real(source, filename)

    monkeypatch.setattr(trusted._compiler, "compile_module", counting)
    for _ in range(3):
        sb = Sandbox(process=process, modules=["keyword"])
        sb.exec("import keyword\nr = keyword.iskeyword('if')")
        assert sb.get("r") is True
    assert calls.count("<stdlib>/keyword.py") == 1


def test_malformed_import_frame_kills_the_process(process):
    other = Sandbox(process=process)
    sb = Sandbox(process=process)
    with pytest.raises(ProtocolError, match="import"):
        sb.exec("fake.send(['import', 5])\nfake.hang()")
    with pytest.raises(SandboxCrashed):
        other.exec("x = 1")


def test_import_frames_do_not_count_against_the_backstop(process,
                                                          monkeypatch):
    # the host's own time answering is added to the backstop
    import time as _time
    real = _modules.compiled

    def slow(name, source, filename):
        _time.sleep(0.6)
        return real(name, source, filename + "?slow")

    sb = Sandbox(process=process, modules=["string"])
    sb._backstop = lambda: 0.5      # no guest deadline: only the backstop
    monkeypatch.setattr(_modules, "compiled", slow)
    sb.exec("r = [fake.ask('string')[0] for i in range(2)]")
    assert sb.get("r") == ["module", "module"]


@pytest.mark.parametrize("name", _modules.stdlib_modules())
def test_every_stdlib_module_compiles(name):
    REAL_COMPILE(_modules.stdlib_source(name), _modules.STDLIB_PREFIX + name + ".py")


def test_the_stdlib_has_the_first_modules():
    assert set(_modules.stdlib_modules()) >= {"bisect", "heapq", "keyword",
                                              "string"}

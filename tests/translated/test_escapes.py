"""Known Python sandbox-escape techniques, tried against the real
interpreter.  Each must end in a clear guest error (or a compile-time
refusal) and leave the host and the sandbox healthy."""

import pytest

from trusted import CompileError, GuestError, Sandbox


@pytest.fixture
def sandbox(vm_command):
    with Sandbox(vm=vm_command, timeout=10.0) as sb:
        yield sb


# (source, expected guest exception type or "compile")
ESCAPES = [
    # introspection to reach object and its subclasses
    ("x = ().__class__.__bases__[0].__subclasses__()", "AttributeError"),
    ("x = ''.__class__.__mro__", "AttributeError"),
    ("x = type(0).__subclasses__()", "AttributeError"),
    ("x = [].__class__.__base__", "AttributeError"),
    # functions' globals, code objects and builtins
    ("def f(): pass\nx = f.__globals__", "AttributeError"),
    ("def f(): pass\nx = f.__code__", "AttributeError"),
    ("def f(): pass\nx = f.__builtins__", "AttributeError"),
    ("x = print.__self__", "AttributeError"),
    ("x = len.__module__", "AttributeError"),
    # the usual builtins a sandbox must not have
    ("open('/etc/passwd')", "NameError"),
    ("__import__('os')", "NameError"),
    ("eval('1')", "NameError"),
    ("exec('x = 1')", "NameError"),
    ("compile('1', 'f', 'eval')", "NameError"),
    ("x = globals()", "NameError"),
    ("x = locals()", "NameError"),
    ("x = vars()", "NameError"),
    ("x = getattr(1, '__class__')", "NameError"),
    ("x = __builtins__", "NameError"),
    ("x = breakpoint()", "NameError"),
    ("x = input()", "NameError"),
    # modules the host did not grant
    ("import os", "ImportError"),
    ("import sys", "ImportError"),
    ("import subprocess", "ImportError"),
    ("import builtins", "ImportError"),
    ("from os import system", "ImportError"),
    # generators own a frame, but the guest cannot reach it or the code
    ("def g():\n    yield 1\nx = g().gi_frame", "AttributeError"),
    ("def g():\n    yield 1\nx = g().gi_code", "AttributeError"),
    ("def g():\n    yield 1\nx = g().gi_yieldfrom", "AttributeError"),
    ("def g():\n    yield 1\nx = g().gi_running", "AttributeError"),
    ("x = (i for i in []).gi_frame", "AttributeError"),
    ("x = (i for i in []).__class__", "AttributeError"),
    ("def g():\n    yield 1\nx = g().send.__self__", "AttributeError"),
    ("def g():\n    yield 1\nx = g().throw.__func__", "AttributeError"),
    ("def g():\n    try:\n        yield 1\n    except Exception as e:\n        yield e\n"
     "it = g()\nnext(it)\nx = it.throw(ValueError()).__traceback__", "AttributeError"),
    ("def g():\n    yield 1\nx = g().ag_frame", "AttributeError"),
    # functions have no closure cells to read or write
    ("x = (lambda: 0).__code__", "AttributeError"),
    ("def f():\n    v = 1\n    return lambda: v\nx = f().__closure__", "AttributeError"),
    ("def f():\n    v = 1\n    return lambda: v\nx = f().__closure__[0].cell_contents",
     "AttributeError"),
    ("def f():\n    v = 1\n    return lambda: v\nx = f().__defaults__", "AttributeError"),
    ("x = (lambda: 0).__globals__", "AttributeError"),
    ("x = {1}.__class__.__subclasses__()", "AttributeError"),
    ("x = frozenset().__reduce__()", "AttributeError"),
    ("class A: pass\nx = A.__subclasses__()", "compile"),
    # exception tracebacks carry no frames
    ("try:\n    1/0\nexcept Exception as e:\n    x = e.__traceback__", "AttributeError"),
    ("try:\n    1/0\nexcept Exception as e:\n    x = e.__traceback__.tb_frame", "AttributeError"),
    # dunder methods are not reachable as attributes
    ("x = (1).__add__", "AttributeError"),
    ("x = 'a'.__dict__", "AttributeError"),
    ("x = {}.__class__", "AttributeError"),
]


@pytest.mark.parametrize("source, expected", ESCAPES, ids=[s for s, _ in ESCAPES])
def test_escape_attempt_fails_cleanly(sandbox, source, expected):
    if expected == "compile":
        with pytest.raises(CompileError):
            sandbox.exec(source, "escape.py")
    else:
        with pytest.raises(GuestError) as info:
            sandbox.exec(source, "escape.py")
        assert info.value.type_name == expected
    # the sandbox is unharmed and still answers
    sandbox.exec("ok = 1 + 1", "after.py")
    assert sandbox.get("ok") == 2


def test_guest_sees_copies_not_host_objects(sandbox):
    data = {"xs": [1.0, 2.0], "meta": ("a", 1)}
    sandbox.exec("def mutate(d):\n    d['xs'].append(3.0)\n    d['new'] = 1\n    return d\n")
    result = sandbox.call("mutate", data)
    assert data == {"xs": [1.0, 2.0], "meta": ("a", 1)}      # host object untouched
    assert result == {"xs": [1.0, 2.0, 3.0], "meta": ("a", 1), "new": 1}
    assert result is not data


def test_generators_and_sets_do_not_leave_the_sandbox(sandbox):
    sandbox.exec("g = (i for i in range(3))\ns = {1, 2}\n"
                 "def f():\n    v = 1\n    return lambda: v\nc = f()\n")
    for name in ("g", "s", "c"):
        with pytest.raises(GuestError):
            sandbox.get(name)
    sandbox.exec("ok = sum(g)", "after.py")
    assert sandbox.get("ok") == 3


def test_generator_resumed_inside_itself_is_refused(sandbox):
    with pytest.raises(GuestError) as info:
        sandbox.exec("def g():\n    yield next(it)\nit = g()\nnext(it)\n")
    assert info.value.type_name == "ValueError"


def test_builtins_whitelist_is_enforced(vm_command):
    with Sandbox(vm=vm_command, builtins=["print", "len"]) as sb:
        sb.exec("print(len('abc'))")
        assert sb.stdout == "3\n"
        with pytest.raises(GuestError) as info:
            sb.exec("x = sorted([2, 1])")
        assert info.value.type_name == "NameError"

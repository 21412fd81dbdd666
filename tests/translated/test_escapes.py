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
    ("import importlib", "ImportError"),
    ("import _imp", "ImportError"),
    ("import posix", "ImportError"),
    ("import trusted", "ImportError"),
    ("import untrusted_stdlib", "ImportError"),
    ("import bisect", "ImportError"),       # exists, but was not granted
    ("from sys import modules", "ImportError"),
    ("x = __loader__", "NameError"),
    ("x = __spec__", "NameError"),
    ("import os.path", "compile"),
    ("from . import bisect", "compile"),
    ("from os import *", "compile"),
    # frames and generators do not exist: refused by the compiler
    ("def g():\n    yield 1\nx = g().gi_frame", "compile"),
    ("x = (lambda: 0).__code__", "compile"),
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


def test_builtins_whitelist_is_enforced(vm_command):
    with Sandbox(vm=vm_command, builtins=["print", "len"]) as sb:
        sb.exec("print(len('abc'))")
        assert sb.stdout == "3\n"
        with pytest.raises(GuestError) as info:
            sb.exec("x = sorted([2, 1])")
        assert info.value.type_name == "NameError"


# Granted modules are ordinary guest objects: nothing of the host's import
# machinery, files or other sandboxes hangs off them.
MODULE_ESCAPES = [
    ("import sys\nx = sys.modules", "AttributeError"),
    ("import sys\nx = sys.path", "AttributeError"),
    ("import sys\nx = sys.meta_path", "AttributeError"),
    ("import bisect\nx = bisect.__file__", "AttributeError"),
    ("import bisect\nx = bisect.__loader__", "AttributeError"),
    ("import bisect\nx = bisect.__spec__", "AttributeError"),
    ("import bisect\nx = bisect.__dict__", "AttributeError"),
    ("import bisect\nx = bisect.__builtins__", "AttributeError"),
    ("import bisect\nx = bisect.bisect_left.__globals__", "AttributeError"),
    ("import bisect\nx = bisect.__class__", "AttributeError"),
    ("import heapq\nx = heapq.__import__", "AttributeError"),
    ("from heapq import __import__", "ImportError"),
    ("from bisect import importlib", "ImportError"),
]


@pytest.mark.parametrize("source, expected", MODULE_ESCAPES,
                         ids=[s for s, _ in MODULE_ESCAPES])
def test_module_escape_attempt_fails_cleanly(vm_command, source, expected):
    with Sandbox(vm=vm_command, timeout=10.0,
                 modules=["sys", "bisect", "heapq"]) as sb:
        with pytest.raises(GuestError) as info:
            sb.exec(source, "escape.py")
        assert info.value.type_name == expected
        sb.exec("import bisect\nok = bisect.bisect([1, 2], 1)", "after.py")
        assert sb.get("ok") == 1

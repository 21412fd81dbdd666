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
    ("x = locals()", "NameError"),
    ("x = vars()", "TypeError"),
    ("x = getattr(1, '__class__')", "AttributeError"),
    ("x = __builtins__", "NameError"),
    ("x = breakpoint()", "NameError"),
    ("x = input()", "NameError"),
    # modules the host did not grant
    ("import os", "ImportError"),
    ("import sys", "ImportError"),
    ("import subprocess", "ImportError"),
    ("import builtins", "ImportError"),
    ("from os import system", "ImportError"),
    # classes: introspection reaches only guest classes and guest data
    ("class A: pass\nx = A.__subclasses__()", "AttributeError"),
    ("x = object.__subclasses__()", "AttributeError"),
    ("class A: pass\nx = A.__mro__[-1].__subclasses__()", "AttributeError"),
    ("class A: pass\nx = A().__class__.__base__.__subclasses__()", "AttributeError"),
    ("class A:\n    def __init__(self): pass\nx = A().__init__.__globals__", "AttributeError"),
    ("class A:\n    def f(self): pass\nx = A().f.__func__.__globals__", "AttributeError"),
    ("class A:\n    def f(self): pass\nx = A.f.__code__", "AttributeError"),
    ("class A:\n    def f(self): pass\nx = A().f.__func__.__closure__", "AttributeError"),
    ("x = type.__dict__", "AttributeError"),
    ("x = object.__dict__", "AttributeError"),
    ("x = int.__dict__", "AttributeError"),
    ("x = type(type).__subclasses__", "AttributeError"),
    ("class A: pass\nx = A.mro()", "AttributeError"),
    ("class A: pass\nx = type(A).__dict__", "AttributeError"),
    ("x = object.__init__.__globals__", "AttributeError"),
    ("x = object.__getattribute__(object, '__subclasses__')", "AttributeError"),
    ("class A: pass\nx = super(A, A()).__self__", "AttributeError"),
    ("class A: pass\nx = super(A, A()).__subclasses__()", "AttributeError"),
    ("class A: pass\nA().__class__ = int", "AttributeError"),
    ("class A: pass\nA.__bases__ = (int,)", "AttributeError"),
    ("object.__setattr__(1, 'real', 2)", "AttributeError"),
    ("int.x = 1", "TypeError"),
    ("class A(bool): pass", "TypeError"),
    ("class A(BaseException, list): pass", "TypeError"),
    ("class A(type(len)): pass", "TypeError"),
    # metaclasses, type() with 3 arguments, __new__: guest classes only
    ("class M(type): pass\nx = M.__subclasses__()", "AttributeError"),
    ("class M(type): pass\nx = M.mro()", "AttributeError"),
    ("class M(type): pass\nclass A(metaclass=M): pass\nx = type(A).__subclasses__()",
     "AttributeError"),
    ("class M(type): pass\nclass A(metaclass=M): pass\nA.__class__ = type", "AttributeError"),
    ("class M(type): pass\nM.__call__ = print\nx = type.__call__", None),
    ("x = type('X', (), {}).__subclasses__()", "AttributeError"),
    ("x = type.__new__(type, 'X', (int,), {}).__base__.__subclasses__()", "AttributeError"),
    ("x = type.__new__(int)", "TypeError"),
    ("x = type.__call__(type(len))", "TypeError"),
    ("x = object.__new__(type)", "TypeError"),
    ("x = object.__new__(int)", "TypeError"),
    ("x = object.__new__(type(len))", "TypeError"),
    ("x = object.__new__(type(print)).__globals__", "TypeError"),
    ("x = object.__new__(ValueError)", "TypeError"),
    ("x = list.__new__(dict)", "TypeError"),
    ("x = object.__new__.__self__", "AttributeError"),
    ("class A:\n    def __new__(cls):\n        return cls.__subclasses__()\nA()",
     "AttributeError"),
    # builtin types' methods and dunders act on values, never on the types
    ("x = list.__dict__", "AttributeError"),
    ("list.append = None", "TypeError"),
    ("type.__call__ = None", "TypeError"),
    ("object.__new__ = None", "TypeError"),
    ("object.__setattr__(list, 'append', 1)", "TypeError"),
    ("object.__setattr__(int, '__init__', 1)", "TypeError"),
    ("object.__setattr__(type, '__call__', 1)", "TypeError"),
    ("type.__setattr__(object, '__new__', 1)", "TypeError"),
    ("object.__delattr__(list, 'append')", "TypeError"),
    ("class M(type): pass\nclass A(metaclass=M): pass\nA.__bases__ = (int,)", "AttributeError"),
    # a live obj.__dict__ holds the object's attributes, nothing more
    ("class A: pass\nvars(A())[1] = 2", "TypeError"),
    ("class A: pass\nx = vars(A()).__class__", "AttributeError"),
    ("class A: pass\na = A()\nvars(a)['__class__'] = int\nassert a.__class__ is A", None),
    ("class A: pass\nx = vars(A).__class__.__subclasses__()", "AttributeError"),
    ("x = list.__getitem__.__globals__", "AttributeError"),
    ("x = (1).__add__.__self__.__class__.__subclasses__()", "AttributeError"),
    ("x = int.__add__.__objclass__", "AttributeError"),
    ("class L(list): pass\nL().__class__ = dict", "AttributeError"),
    ("class L(list): pass\nx = L.__dict__['append']", "KeyError"),
    ("class L(list): pass\nx = super(L, L()).__subclasses__()", "AttributeError"),
    ("class D(dict): pass\nx = D.__base__.__subclasses__()", "AttributeError"),
    # descriptors, __getattribute__, __init_subclass__ and typing objects
    ("class D:\n    def __get__(self, o, t): return t.__subclasses__()\n"
     "class A:\n    d = D()\nx = A().d", "AttributeError"),
    ("class A:\n    def __getattribute__(self, n): return object.__getattribute__(A, n)\n"
     "x = A().__subclasses__", "AttributeError"),
    ("class A:\n    def __init_subclass__(cls): cls.__bases__ = (int,)\n"
     "class B(A): pass", "AttributeError"),
    ("class M(type):\n    def __getattr__(cls, n):\n"
     "        return type.__getattribute__(cls, '__subclasses__')\n"
     "class A(metaclass=M): pass\nx = A.zz", "AttributeError"),
    ("class M(type):\n    def __getattr__(cls, n): return n\n"
     "class A(metaclass=M): pass\nx = A.__subclasses__()", "TypeError"),
    ("x = (int | str).__args__[0].__subclasses__()", "AttributeError"),
    ("x = list[int].__origin__.__subclasses__()", "AttributeError"),
    ("x = list[int].__class__", "AttributeError"),
    ("x = getattr(print, '__self__')", "AttributeError"),
    ("x = vars(len)", "TypeError"),
    ("x = dir(len)", None),
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
    # coroutines likewise: no cr_frame, cr_code, cr_await, no way back to
    # the coroutine's frame through its __await__() wrapper
    ("async def c():\n    pass\nx = c().cr_frame", "AttributeError"),
    ("async def c():\n    pass\nx = c().cr_code", "AttributeError"),
    ("async def c():\n    pass\nx = c().cr_await", "AttributeError"),
    ("async def c():\n    pass\nx = c().cr_running", "AttributeError"),
    ("async def c():\n    pass\nx = c().__await__().gi_frame", "AttributeError"),
    ("async def c():\n    pass\nx = c().__await__().cr_frame", "AttributeError"),
    ("async def c():\n    pass\nx = c().send.__self__", "AttributeError"),
    ("async def c():\n    pass\nx = c().__class__", "AttributeError"),
    ("async def c():\n    pass\nx = c.__code__", "AttributeError"),
    ("async def c():\n    pass\nx = type(c()).__dict__", "AttributeError"),
    # functions have no closure cells to read or write
    ("x = (lambda: 0).__code__", "AttributeError"),
    ("def f():\n    v = 1\n    return lambda: v\nx = f().__closure__", "AttributeError"),
    ("def f():\n    v = 1\n    return lambda: v\nx = f().__closure__[0].cell_contents",
     "AttributeError"),
    ("def f():\n    v = 1\n    return lambda: v\nx = f().__defaults__", "AttributeError"),
    ("x = (lambda: 0).__globals__", "AttributeError"),
    # guest attributes on functions never reach the function's insides
    ("def f(): pass\nf.__globals__ = {}", "AttributeError"),
    ("def f(): pass\nf.__code__ = None", "AttributeError"),
    ("def f(): pass\nf.__closure__ = ()", "AttributeError"),
    ("def f(): pass\nf.__class__ = int", "AttributeError"),
    ("def f(): pass\nf.__defaults__ = (1,)", "AttributeError"),
    ("def f(): pass\nf.x = 1\ny = f.__dict__", "AttributeError"),
    ("x = {1}.__class__.__subclasses__()", "AttributeError"),
    ("x = frozenset().__reduce__()", "AttributeError"),
    ("import importlib", "ImportError"),
    ("import _imp", "ImportError"),
    ("import posix", "ImportError"),
    ("import trusted", "ImportError"),
    ("import untrusted_stdlib", "ImportError"),
    ("import bisect", "ImportError"),       # exists, but was not granted
    ("from sys import modules", "ImportError"),
    ("x = __loader__", "NameError"),
    ("x = __spec__", "NameError"),
    # dotted and relative imports: granted by the top-level name, looked up
    # only as identifiers; a script has no package to be relative to
    ("import os.path", "ImportError"),
    ("from . import bisect", "ImportError"),
    ("from .. import bisect", "ImportError"),
    ("import math.os", "ImportError"),
    ("from math import os", "ImportError"),
    ("import bisect.__init__", "ImportError"),
    ("from os import *", "compile"),
    # exception tracebacks carry no frames
    ("try:\n    1/0\nexcept Exception as e:\n    x = e.__traceback__", "AttributeError"),
    ("try:\n    1/0\nexcept Exception as e:\n    x = e.__traceback__.tb_frame", "AttributeError"),
    # dunder methods of builtin values are bound slots, nothing more
    ("x = (1).__add__.__func__.__globals__", "AttributeError"),
    ("x = 'a'.__dict__", "AttributeError"),
    ("x = {}.__class__", "AttributeError"),
]


@pytest.mark.parametrize("source, expected", ESCAPES, ids=[s for s, _ in ESCAPES])
def test_escape_attempt_fails_cleanly(sandbox, source, expected):
    if expected == "compile":
        with pytest.raises(CompileError):
            sandbox.exec(source, "escape.py")
    elif expected is None:
        sandbox.exec(source, "escape.py")      # allowed: yields guest data only
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


# The library modules and methods: nothing reaches past the values they
# return (format strings cannot walk attributes, bound and unbound methods
# expose no owner, modules hold nothing but their functions).
LIBRARY_ESCAPES = [
    ("x = '{0.__class__}'.format(1)", "AttributeError"),
    ("x = '{0.__class__.__init__.__globals__}'.format(1)", "AttributeError"),
    ("x = '{0.__globals__}'.format(len)", "AttributeError"),
    ("x = '{0.__self__}'.format(print)", "AttributeError"),
    ("x = '{a.__dict__}'.format_map({'a': 1})", "AttributeError"),
    ("import random\nx = random.Random.__subclasses__()", "AttributeError"),
    ("import random\nx = random.random.__self__", "AttributeError"),
    ("import random\nx = random._inst", "AttributeError"),
    ("import random\nx = random.Random(1).__dict__", "AttributeError"),
    ("import random\nx = random.SystemRandom()", "AttributeError"),
    ("import random\nx = random._os", "AttributeError"),
    ("import time\nx = time.localtime()", "AttributeError"),
    ("import time\nx = time.tzname", "AttributeError"),
    ("import cmath\nx = cmath.sqrt.__module__", "AttributeError"),
    ("x = str.upper.__objclass__", "AttributeError"),
    ("x = int.from_bytes.__self__", "AttributeError"),
    ("x = str.maketrans.__globals__", "AttributeError"),
    ("x = type.__subclasses__(int)", "AttributeError"),
    ("x = int.__subclasses__()", "AttributeError"),
    # iterators have __next__ as CPython's do: a bound slot, nothing more
    ("x = map(len, []).__next__.__func__.__globals__", "AttributeError"),
    ("x = map(len, []).__next__.__self__.__class__", "AttributeError"),
    ("x = type(iter([])).__dict__", "AttributeError"),
    ("x = type(iter([])).__subclasses__()", "AttributeError"),
    ("x = filter(None, []).gi_frame", "AttributeError"),
    ("x = complex(1, 2).__class__", "AttributeError"),
    ("import sys\nx = sys.float_info.__class__", "AttributeError"),
    ("x = 'x'.encode('rot13')", "LookupError"),
    ("x = b'x'.decode('idna')", "LookupError"),
    ("x = chr(0xdc80).encode('utf-8', 'surrogateescape')", "LookupError"),
]


@pytest.mark.parametrize("source, expected", LIBRARY_ESCAPES, ids=[s for s, _ in LIBRARY_ESCAPES])
def test_library_escape_attempt_fails_cleanly(vm_command, source, expected):
    with Sandbox(vm=vm_command, modules=["sys", "math", "random", "time", "cmath"]) as sb:
        with pytest.raises(GuestError) as info:
            sb.exec(source, "escape.py")
        assert info.value.type_name == expected
        sb.exec("ok = 1 + 1", "after.py")
        assert sb.get("ok") == 2


def test_deep_class_hierarchy_is_bounded(sandbox):
    source = ("C = object\n"
              "for i in range(2000):\n"
              "    C = type('C%d' % i, (C,), {})\n")
    with pytest.raises(GuestError) as info:
        sandbox.exec(source, "deep.py")
    assert info.value.type_name == "TypeError"
    assert "class hierarchy too large" in str(info.value)
    sandbox.exec("class A: pass\nclass B(A): pass\nok = B.__mro__[1] is A", "after.py")
    assert sandbox.get("ok") is True
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


# json, array and io: values in, values out; their built-in cores (_json,
# array) expose nothing of the interpreter, and _json comes only with json.
DATA_MODULE_ESCAPES = [
    ("import _json", "ImportError", ["sys"]),
    ("import json\nx = json._json.encode.__self__", "AttributeError", ["json"]),
    ("import json\nx = json._json.__dict__", "AttributeError", ["json"]),
    ("import json\nx = json.JSONDecodeError.__subclasses__()", "AttributeError", ["json"]),
    ("import json\nx = json.load(open('/etc/passwd'))", "NameError", ["json"]),
    ("import json\nx = json.loads('[1]', object_hook=print).__class__", "AttributeError",
     ["json"]),
    ("import json\nx = json.dumps(1, default=1).__globals__", "AttributeError", ["json"]),
    ("import _json\nx = _json.decode('[1]', 0, True, ValueError, True, None, None, None, None,"
     " None).__class__", "AttributeError", ["json"]),
    ("import _json\nx = _json.decode('[', 0, True, None, True, None, None, None, None, None)",
     "TypeError", ["json"]),
    ("import _json\nx = _json.decode('x', -5, True, ValueError, True, None, None, None, None,"
     " None)", "ValueError", ["json"]),
    ("import _json\nx = _json.decode('x', 10, False, ValueError, True, None, None, None, None,"
     " None)", "ValueError", ["json"]),
    # array: no address (buffer_info), no files (fromfile/tofile), no buffer protocol
    ("import array\nx = array.array('d', [1]).buffer_info()", "AttributeError", ["array"]),
    ("import array\nx = array.array('d').fromfile", "AttributeError", ["array"]),
    ("import array\nx = array.array('d').tofile", "AttributeError", ["array"]),
    ("import array\nx = array.array('d').__class__", "AttributeError", ["array"]),
    ("import array\nx = array.array.__subclasses__()", "AttributeError", ["array"]),
    ("import array\nx = memoryview(array.array('d'))", "NameError", ["array"]),
    ("import array\nx = array.array('d', [1]) * (2 ** 62)", "MemoryError", ["array"]),
    ("import array\nx = array.array('u', b'\\xff\\xff\\xff\\xff')[0]", "ValueError", ["array"]),
    # io: memory only
    ("import io\nx = io.open('/etc/passwd')", "AttributeError", ["io"]),
    ("import io\nx = io.FileIO('/etc/passwd')", "AttributeError", ["io"]),
    ("import io\nx = io.StringIO().fileno()", "AttributeError", ["io"]),
    ("import io\nprint('x', file=io)", "AttributeError", ["io"]),
    ("print('x', file=len)", "AttributeError", ["sys"]),
    # bytearray: a mutable copy of bytes, nothing more
    ("x = bytearray(b'x').__class__", "AttributeError", ["sys"]),
    ("x = bytearray.__subclasses__()", "AttributeError", ["sys"]),
    ("x = bytearray(10 ** 15)", "MemoryError", ["sys"]),
    ("x = bytearray(b'ab') * (2 ** 62)", "MemoryError", ["sys"]),
    ("x = memoryview(bytearray(b'x'))", "NameError", ["sys"]),
    ("x = bytearray(b'x').decode('rot13')", "LookupError", ["sys"]),
]


@pytest.mark.parametrize("source, expected, modules", DATA_MODULE_ESCAPES,
                         ids=[s for s, _, _ in DATA_MODULE_ESCAPES])
def test_data_module_escape_attempt_fails_cleanly(vm_command, source, expected, modules):
    with Sandbox(vm=vm_command, modules=modules) as sb:
        with pytest.raises(GuestError) as info:
            sb.exec(source, "escape.py")
        assert info.value.type_name == expected
        sb.exec("ok = 1 + 1", "after.py")
        assert sb.get("ok") == 2


def test_globals_is_only_the_own_module(vm_command):
    """globals() is the namespace of the module that named `globals`: no
    builtins in it, and a library handed `globals` gets the caller's
    namespace, never its own."""
    with Sandbox(vm=vm_command, modules=["collections", "keyword", "operator", "sys",
                                         "_collections_abc", "abc", "itertools",
                                         "heapq", "bisect"]) as sb:
        sb.exec("import collections, bisect\n"
                "g = globals()\n"
                "names = sorted(k for k in g if not k.startswith('__'))\n"
                "no_builtins = 'len' not in g and '__builtins__' not in g\n"
                "d = collections.defaultdict(globals)\n"
                "via_library = d['missing'] is not None and 'names' in d['missing']\n"
                "lib_hidden = 'bisect_left' not in d['missing']\n", "g.py")
        assert sb.get("names") == ["bisect", "collections", "g"]
        assert sb.get("no_builtins") is True
        assert sb.get("via_library") is True
        assert sb.get("lib_hidden") is True

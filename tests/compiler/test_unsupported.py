"""Everything outside the milestone's subset is refused at compile time with
a message naming the construct, the file and the line; SyntaxErrors (from
ast.parse or from the checks CPython's compiler does after parsing) become
CompileError(kind="syntax")."""

import sys

import pytest

from trusted._compiler import compile_module
from trusted._exceptions import CompileError

UNSUPPORTED = [
    # (source, construct, line)
    ("x = 1\nmatch x:\n    case 1:\n        pass\n", "'match' statement", 2),
    ("async def f():\n    yield 1\n", "asynchronous generator ('yield' inside 'async def')", 2),
    ("async def f(z):\n    return [await y for y in z]\n",
     "asynchronous comprehension ('await' inside a comprehension)", 2),
    ("async def f(z):\n    return list(await y for y in z)\n",
     "asynchronous generator expression ('await' inside a generator expression)", 2),
    ("from m import *\n", "'from ... import *'", 1),
    ("x = 1j\n", "complex literal", 1),
    ("x = [y async for y in z]\n", "asynchronous comprehension", 1),
    ("class A(B, **kw):\n    pass\n", "'**' in a class's keyword arguments", 1),
    ("\n\ntry:\n    pass\nexcept* ValueError:\n    pass\n", "'except*'", 3),
]
if sys.version_info >= (3, 12):
    UNSUPPORTED.append(("type X = int\n", "'type' statement", 1))
    UNSUPPORTED.append(("def f[T](x):\n    pass\n", "type parameters", 1))


@pytest.mark.parametrize("source,construct,line", UNSUPPORTED)
def test_refused(source, construct, line):
    if "except*" in source and sys.version_info < (3, 11):
        pytest.skip("except* needs Python 3.11")
    if "match" in source and sys.version_info < (3, 10):
        pytest.skip("match needs Python 3.10 (a syntax error before)")
    with pytest.raises(CompileError) as info:
        compile_module(source, "script.py")
    err = info.value
    assert err.kind == "unsupported"
    assert err.construct == construct
    assert err.filename == "script.py"
    assert err.lineno == line
    assert str(err) == "script.py:%d: %s is not supported by pypy-sandbox" % (line, construct)


def test_match_message_exactly():
    source = "\n" * 11 + "match x:\n    case _:\n        pass\n"
    if sys.version_info < (3, 10):
        pytest.skip("match needs Python 3.10")
    with pytest.raises(CompileError) as info:
        compile_module(source, "script.py")
    assert str(info.value) == "script.py:12: 'match' statement is not supported by pypy-sandbox"


def test_first_offending_construct_is_reported():
    source = "x = 1\ny = 1j\nclass A:\n    pass\n"
    with pytest.raises(CompileError) as info:
        compile_module(source, "s.py")
    assert info.value.lineno == 2 and info.value.construct == "complex literal"


@pytest.mark.parametrize("source,package,names", [
    ("from . import x\n", "pk", ["pk", "x"]),
    ("from .m import x\n", "pk", ["pk.m", "x"]),
    ("from .. import x\n", "pk.sub", ["pk", "x"]),
    ("from ..m import x\n", "pk.sub", ["pk.m", "x"]),
    ("from ...m import x\n", "pk.sub", ["..m", "x"]),      # beyond the top
    ("from . import x\n", None, [".", "x"]),                # no parent package
    ("from .m import x\n", None, [".m", "x"]),
    ("import a.b.c\n", None, ["a.b.c", "a"]),
    ("import a.b as c\n", None, ["a.b", "c"]),
])
def test_relative_imports_are_resolved_at_compile_time(source, package, names):
    code = compile_module(source, "m.py", package=package)
    assert code.names == names


def test_module_level_global_is_a_no_op():
    code = compile_module("global x\nx = 1\n", "g.py")
    assert code.names == ["x"]


def test_nested_function_without_closure_is_allowed():
    compile_module("G = 1\ndef f(a):\n    def g(b, c=a):\n        return b + c + G\n"
                   "    return g(1)\n", "s.py")


SYNTAX = [
    ("x = (\n", None, "'(' was never closed"),
    ("return 1\n", 1, "'return' outside function"),
    ("class C:\n    return 1\n", 2, "'return' outside function"),
    ("\nbreak\n", 2, "'break' outside loop"),
    ("continue\n", 1, "'continue' not properly in loop"),
    ("for x in y:\n    pass\nelse:\n    break\n", 4, "'break' outside loop"),
    ("def f(a, a):\n    pass\n", 1, "duplicate argument 'a' in function definition"),
    ("def f():\n    x = 1\n    global x\n", 3, "name 'x' is assigned to before global declaration"),
    ("def f():\n    print(x)\n    global x\n", 3, "name 'x' is used prior to global declaration"),
    ("def f(x):\n    global x\n", 2, "name 'x' is parameter and global"),
    ("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", 3,
     "default 'except:' must be last"),
    ("f(a=1, a=2)\n", 1, "keyword argument repeated: a"),
    ("class C(metaclass=M, metaclass=N):\n    pass\n", 1, "keyword argument repeated: metaclass"),
    ("__debug__ = 1\n", 1, "cannot assign to __debug__"),
    ("from __future__ import braces\n", 1, "not a chance"),
    ("from __future__ import spam\n", 1, "future feature spam is not defined"),
    ("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n", 5,
     "name 'x' is assigned to before nonlocal declaration"),
    ("def f():\n    def g():\n        nonlocal y\n", 3, "no binding for nonlocal 'y' found"),
    ("nonlocal x\n", 1, "nonlocal declaration not allowed at module level"),
    ("def f(x):\n    def g(x):\n        nonlocal x\n", 3, "name 'x' is parameter and nonlocal"),
    ("a, *b, *c = d\n", 1, "multiple starred expressions in assignment"),
    ("*a = b\n", 1, "starred assignment target must be in a list or tuple"),
    ("x = *a\n", 1, "can't use starred expression here"),
    ("yield 1\n", 1, "'yield' outside function"),
    ("def f():\n    return [(yield x) for x in y]\n", 2, "'yield' inside list comprehension"),
    ("def f():\n    return [(x := 1) for x in y]\n", 2,
     "assignment expression cannot rebind comprehension iteration variable 'x'"),
    ("def f():\n    await x\n", 2, "'await' outside async function"),
    ("def f():\n    async with x:\n        pass\n", 2, "'async with' outside async function"),
    ("def f():\n    async for a in x:\n        pass\n", 2, "'async for' outside async function"),
    ("async def f():\n    yield from x\n", 2, "'yield from' inside async function"),
]


@pytest.mark.parametrize("source,line,message", SYNTAX)
def test_syntax_errors(source, line, message):
    with pytest.raises(CompileError) as info:
        compile_module(source, "bad.py")
    err = info.value
    assert err.kind == "syntax"
    assert err.filename == "bad.py"
    if line is not None:
        assert err.lineno == line
        assert err.message == message
    else:
        assert err.lineno is not None


def test_syntax_error_message_is_cpythons():
    source = "x = = 1\n"
    try:
        compile(source, "s.py", "exec")
    except SyntaxError as e:
        expected = e.msg
    with pytest.raises(CompileError) as info:
        compile_module(source, "s.py")
    assert info.value.message == expected and info.value.lineno == 1


def _nested_trys(depth):
    lines = []
    for i in range(depth):
        lines.append("    " * i + "try:")
    lines.append("    " * depth + "pass")
    for i in reversed(range(depth)):
        lines.append("    " * i + "finally:")
        lines.append("    " * (i + 1) + "pass")
    return "\n".join(lines) + "\n"


def test_too_many_nested_try_blocks():
    with pytest.raises(CompileError) as info:
        compile_module(_nested_trys(21), "deep.py")
    assert info.value.lineno == 21
    assert info.value.message == "too many statically nested blocks"
    compile_module(_nested_trys(20), "deep.py")


def test_too_many_constants():
    source = "x = [%s]\n" % ", ".join(str(i) for i in range(70000))
    with pytest.raises(CompileError) as info:
        compile_module(source, "big.py")
    assert "too large for pypy-sandbox" in str(info.value)


def test_too_many_names():
    source = "\n".join("v%d = 0" % i for i in range(66000)) + "\n"
    with pytest.raises(CompileError) as info:
        compile_module(source, "big.py")
    assert str(info.value).endswith("too large for pypy-sandbox")


def test_deep_nesting_is_a_compile_error():
    source = "x = " + "-" * 200000 + "1\n"
    with pytest.raises(CompileError):
        compile_module(source, "deep.py")

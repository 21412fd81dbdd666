"""The compiler's public interface and the code shapes the interpreter relies
on: code object fields, scoping, constants, line numbers, stack sizes."""

import msgpack
import pytest

import refvm
from trusted._compiler import CodeObject, compile_module, disassemble, opcodes
from verify import verify


def ops(code):
    return [opcodes.OPNAMES[op] for _, op, _ in code.instructions()]


def func(module, name):
    for const in module.consts:
        if isinstance(const, CodeObject) and const.name == name:
            return const
    raise KeyError(name)


def run(source):
    code = compile_module(source, "t.py")
    verify(code)
    return refvm.run_module(code)


def test_public_names():
    import trusted._compiler as c
    assert sorted(c.__all__) == ["CodeObject", "compile_module", "disassemble"]


def test_wire_fields_order_and_types():
    code = compile_module("def f(a, *b, c=1, **d):\n    return (1, 'x', 1180591620717411303424)\n", "w.py")
    fields = code.to_wire_fields()
    assert len(fields) == 15
    assert fields[:2] == ["PSBC", 1]
    assert fields[2:9] == ["<module>", "w.py", 1, 0, 0, 0, opcodes.CO_MODULE]
    assert fields[10] == code.code and isinstance(fields[10], bytes)
    assert fields[13] == code.lines and len(fields[13]) * 3 == len(fields[10])
    assert fields[14] == code.stacksize
    f = func(code, "f")
    assert f in fields[11]
    ff = f.to_wire_fields()
    assert ff[2:10] == ["f", "w.py", 1, 1, 1, 4,
                        opcodes.CO_VARARGS | opcodes.CO_VARKEYWORDS, ["a", "c", "b", "d"]]
    assert (1, "x", 2 ** 70) in f.consts      # tuple constants stay tuples

    # What the wire encoder does with it (trusted/_wire.py): ext 16, recursively.
    def default(obj):
        if isinstance(obj, tuple):
            return msgpack.ExtType(1, msgpack.packb(list(obj), default=default))
        if isinstance(obj, int):
            return msgpack.ExtType(2, obj.to_bytes((obj.bit_length() + 8) // 8, "big", signed=True))
        if isinstance(obj, CodeObject):
            return msgpack.ExtType(16, msgpack.packb(obj.to_wire_fields(), default=default,
                                                     use_bin_type=True))
        raise TypeError(obj)
    assert msgpack.packb(code, default=default, use_bin_type=True)


def test_module_names_are_globals_and_temporaries_are_locals():
    code = compile_module("x = 1\ny = [x for x in range(3)]\n", "m.py")
    names = ops(code)
    assert "STORE_FAST" in names and "STORE_GLOBAL" in names
    assert all(v.startswith("$") for v in code.varnames)
    assert code.flags == opcodes.CO_MODULE


def test_function_scoping():
    src = ("g = 1\n"
           "def f(a):\n"
           "    global h\n"
           "    h = a\n"
           "    if a:\n"
           "        b = 1\n"
           "    return g, b, len\n")
    f = func(compile_module(src, "s.py"), "f")
    assert f.varnames == ["a", "b"]
    assert set(f.names) == {"h", "g", "len"}
    listing = disassemble(f)
    assert "STORE_GLOBAL             0 (h)" in listing
    assert "LOAD_FAST                1 (b)" in listing


def test_name_local_everywhere_if_assigned_anywhere():
    ns = run("x = 'global'\n"
             "def f():\n"
             "    try:\n"
             "        return x\n"
             "    except UnboundLocalError:\n"
             "        return 'unbound'\n"
             "    x = 1\n"
             "r = f()\n")
    assert ns["r"] == "unbound"


def test_constants_are_shared_but_distinct_by_type():
    code = compile_module("a = (1, 1.0, True, 1, 0.0, -0.0, 'x', b'x', None, False, 0)\n"
                          "b = 1\nc = 1.0\nd = -0.0\n", "c.py")
    consts = code.consts
    assert consts[0] == (1, 1.0, True, 1, 0.0, -0.0, "x", b"x", None, False, 0)
    assert [type(v) for v in consts[1:3]] == [int, float]
    assert str(consts[3]) == "-0.0"


def test_big_ints_and_negative_literals():
    code = compile_module("x = -(2 ** 200)\ny = -123456789012345678901234567890\n", "b.py")
    assert -123456789012345678901234567890 in code.consts
    assert run("x = -5\ny = - 2 ** 2\n") ["y"] == -4


def test_line_numbers():
    src = "x = 1\n\ndef f(a,\n      b):\n    c = (a +\n         b)\n    return c\n"
    code = compile_module(src, "l.py")
    assert code.firstlineno == 1 and code.lines[0] == 1
    f = func(code, "f")
    assert f.firstlineno == 3
    assert f.lines[:4] == [5, 6, 5, 5]     # a, b, BINARY_OP, STORE_FAST
    assert len(f.lines) == len(f.code) // 3


def test_ends_with_return_none():
    for src in ["", "x = 1\n", "def f():\n    return 1\n"]:
        code = compile_module(src, "e.py")
        assert ops(code)[-2:] == ["LOAD_CONST", "RETURN_VALUE"]
        assert code.consts[code.instructions().__iter__().__next__()[2]] is None or src
        verify(code)


def test_stacksizes():
    assert compile_module("", "s.py").stacksize == 1
    assert compile_module("x = 1\n", "s.py").stacksize == 1
    assert compile_module("f(a, b, c)\n", "s.py").stacksize == 4
    assert compile_module("f(a, b=c)\n", "s.py").stacksize == 4
    assert compile_module("x = [a, [b, [c, d]]]\n", "s.py").stacksize == 4
    assert compile_module("a[i] += x\n", "s.py").stacksize == 4
    assert compile_module("x = a < b < c\n", "s.py").stacksize == 3
    # for loop: iterator + value; try inside: exception pushed at setup depth,
    # and the implicit-chaining handler compares two exceptions above it.
    assert compile_module("for i in x:\n    try:\n        pass\n    except:\n        pass\n",
                          "s.py").stacksize == 3
    # comprehension: list + two iterators + element + operand
    assert compile_module("y = [i + j for i in a for j in b]\n", "s.py").stacksize == 5


def test_chained_comparison_evaluates_middle_once():
    ns = run("calls = []\n"
             "def v(x):\n"
             "    calls.append(x)\n"
             "    return x\n"
             "r1 = v(1) < v(2) < v(3)\n"
             "r2 = v(3) < v(2) < v(1)\n"
             "r3 = v(1) < v(5) > v(2) == v(2)\n")
    assert ns["calls"] == [1, 2, 3, 3, 2, 1, 5, 2, 2]
    assert (ns["r1"], ns["r2"], ns["r3"]) == (True, False, True)


def test_augmented_attribute():
    class Box:
        pass
    code = compile_module("def f(o):\n    o.n += 5\n    o.m = o.n * 2\n", "a.py")
    verify(code)
    box = Box()
    box.n = 1
    refvm.run_module(code)["f"](box)
    assert (box.n, box.m) == (6, 12)


def test_bare_raise_in_finally_reraises_pending_exception():
    ns = run("def f():\n"
             "    try:\n"
             "        raise KeyError('k')\n"
             "    finally:\n"
             "        raise\n"
             "try:\n"
             "    f()\n"
             "except KeyError as e:\n"
             "    r = repr(e)\n")
    assert ns["r"] == "KeyError('k')"


def test_bare_raise_outside_handler():
    code = compile_module("raise\n", "r.py")
    assert ops(code)[:4] == ["LOAD_GLOBAL", "LOAD_CONST", "CALL_FUNCTION", "RAISE_VARARGS"]
    assert "No active exception to reraise" in code.consts
    with pytest.raises(RuntimeError, match="No active exception to reraise"):
        refvm.run_module(code)


def test_except_handler_uses_hidden_temporary():
    code = compile_module("try:\n    pass\nexcept ValueError as e:\n    pass\n", "h.py")
    listing = disassemble(code)
    assert "STORE_FAST               0 ($exc1)" in listing
    assert "EXC_MATCH" in listing and "DELETE_GLOBAL" in listing
    f = func(compile_module("def f():\n    try:\n        pass\n"
                            "    except ValueError as e:\n        pass\n", "h.py"), "f")
    assert "DELETE_FAST" in ops(f)


def test_imports():
    code = compile_module("import a\nimport b as c\nfrom d import e, f as g\n", "i.py")
    assert ops(code)[:10] == ["IMPORT_NAME", "STORE_GLOBAL", "IMPORT_NAME", "STORE_GLOBAL",
                              "IMPORT_NAME", "IMPORT_FROM", "STORE_GLOBAL", "IMPORT_FROM",
                              "STORE_GLOBAL", "POP_TOP"]
    assert code.names == ["a", "b", "c", "d", "e", "f", "g"]
    verify(code)


def test_slices():
    code = compile_module("a[1:2]\na[::3]\na[:]\na[1:2, 3]\n", "s.py")
    verify(code)
    ns = run("x = list(range(10))\na = x[1:8:2]\nb = x[::-1][:2]\nx[2:4] = []\ndel x[::3]\n")
    assert ns["a"] == [1, 3, 5, 7] and ns["b"] == [9, 8]
    assert ns["x"] == [1, 4, 6, 7, 9]


def test_fstring_shapes():
    code = compile_module("f'{a!r:>{w}} and {b}'\nf'{a}'\nf''\n", "f.py")
    verify(code)
    names = ops(code)
    assert names.count("BUILD_STRING") == 2     # the outer and the nested spec
    assert "FORMAT_VALUE" in names


def test_annotations_are_not_evaluated():
    ns = run("def f(a: undefined1) -> undefined2:\n"
             "    b: undefined3 = a\n"
             "    return b\n"
             "x: undefined4 = f(3)\n")
    assert ns["x"] == 3


def test_docstrings_generate_nothing():
    code = compile_module('"""doc"""\ndef f():\n    "doc"\n    ...\n', "d.py")
    assert ops(func(code, "f")) == ["LOAD_CONST", "RETURN_VALUE"]


def test_finally_copies_are_bounded():
    # 20 nested finally blocks each containing a return: code grows but the
    # compiler either succeeds or refuses cleanly.
    lines = ["def f():"]
    depth = 8
    for i in range(depth):
        lines.append("    " * (i + 1) + "try:")
    lines.append("    " * (depth + 1) + "return 1")
    for i in reversed(range(depth)):
        lines.append("    " * (i + 1) + "finally:")
        lines.append("    " * (i + 2) + "x = %d" % i)
    code = compile_module("\n".join(lines) + "\n", "f.py")
    verify(code)
    assert refvm.run_module(code)["f"]() == 1


def test_disassemble_recurses_into_functions():
    text = disassemble(compile_module("def f():\n    def g():\n        return 1\n", "d.py"))
    assert "code f (d.py:1)" in text and "code g (d.py:2)" in text
    assert "MAKE_FUNCTION" in text


def test_nested_function_stored_as_local():
    f = func(compile_module("def f():\n    def g(x):\n        return x * 2\n"
                            "    return g(4)\n", "n.py"), "f")
    assert f.varnames == ["g"]
    assert run("def f():\n    def g(x):\n        return x * 2\n    return g(4)\nr = f()\n")["r"] == 8


def test_syntax_error_kind_and_location():
    from trusted._exceptions import CompileError
    with pytest.raises(CompileError) as info:
        compile_module("x = 1\ny = (\n", "bad.py")
    assert info.value.kind == "syntax" and info.value.filename == "bad.py"
    assert info.value.lineno == 2


# --- closures, generators, star forms ---------------------------------------

def test_closure_slots_follow_parameters_and_cells_are_made_first():
    module = compile_module("def f(a, b):\n    c = 1\n    def g(x):\n        return a + c + x\n"
                            "    return g\n", "c.py")
    f = func(module, "f")
    g = func(f, "g")
    assert f.varnames[:2] == ["a", "b"]
    assert ops(f)[:2] == ["MAKE_CELL", "MAKE_CELL"]
    # g: its parameter, then its free variables in first-use order
    assert g.varnames == ["x", "a", "c"]
    assert "LOAD_DEREF" in ops(g) and "LOAD_FAST" in ops(g)
    assert ops(f).count("BUILD_TUPLE") == 1
    verify(module)


def test_free_variable_passes_through_an_intermediate_function():
    module = compile_module("def f():\n    v = 1\n    def g():\n        def h():\n"
                            "            return v\n        return h\n    return g\n", "c.py")
    g = func(func(module, "f"), "g")
    assert g.varnames == ["v", "h"]
    assert run("def f():\n    v = 1\n    def g():\n        def h():\n"
               "            return v\n        return h\n    return g\nr = f()()()\n")["r"] == 1


def test_comprehension_variable_captured_gets_a_fresh_cell_per_run():
    env = run("def f():\n    out = []\n    for n in (2, 3):\n"
              "        out.append([lambda: i for i in range(n)])\n    return out\n"
              "r = [[g() for g in fs] for fs in f()]\n")
    assert env["r"] == [[1, 1], [2, 2, 2]]


def test_generator_code_is_flagged_and_genexp_takes_its_iterator():
    module = compile_module("def g():\n    yield 1\nx = (i for i in y)\n", "g.py")
    assert func(module, "g").flags & opcodes.CO_GENERATOR
    genexpr = func(module, "<genexpr>")
    assert genexpr.flags & opcodes.CO_GENERATOR
    assert genexpr.argcount == 1 and genexpr.varnames[0] == ".0"
    assert not module.flags & opcodes.CO_GENERATOR


def test_positional_only_count_in_the_flags():
    module = compile_module("def f(a, b, /, c):\n    pass\n", "p.py")
    f = func(module, "f")
    assert (f.flags >> opcodes.CO_POSONLY_SHIFT) & opcodes.CO_POSONLY_MASK == 2
    assert f.argcount == 3


def test_star_forms_shapes():
    assert "UNPACK_EX" in ops(compile_module("a, *b, c = x\n", "s.py"))
    code = compile_module("f(*a, 1, k=2, **m)\n", "s.py")
    assert ops(code)[-3:] == ["CALL_FUNCTION_EX", "POP_TOP", "LOAD_CONST"] or \
        "CALL_FUNCTION_EX" in ops(code)
    assert "DICT_MERGE" in ops(code) and "LIST_EXTEND" in ops(code)
    assert "LIST_TO_TUPLE" in ops(compile_module("t = (*a,)\n", "s.py"))
    assert run("a = [1]\nb = {'k': 2}\nr = ([*a, 2], (*a,), {*a}, {**b, 'j': 3})\n")["r"] == \
        ([1, 2], (1,), {1}, {"k": 2, "j": 3})


def test_decorators_apply_bottom_up():
    env = run("def d1(f):\n    return lambda: 'd1(' + f() + ')'\n"
              "def d2(f):\n    return lambda: 'd2(' + f() + ')'\n"
              "@d1\n@d2\ndef f():\n    return 'f'\nr = f()\n")
    assert env["r"] == "d1(d2(f))"


def test_nonlocal_and_global_in_nested_functions():
    env = run("G = 1\ndef f():\n    x = 1\n    def g():\n        nonlocal x\n        global G\n"
              "        x += 1\n        G += 10\n    g()\n    return x\nr = f()\n")
    assert env["r"] == 2 and env["G"] == 11


def test_generators_on_the_reference_vm():
    env = run("def g(n):\n    for i in range(n):\n        x = yield i\n    return 'done'\n"
              "def h():\n    r = yield from g(2)\n    yield r\nr = list(h())\n")
    assert env["r"] == [0, 1, "done"]

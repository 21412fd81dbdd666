"""Golden disassembly of small programs: pins down the code shapes the
interpreter relies on (exception handlers, finally copies, comprehensions)."""

import pytest

from trusted._compiler import compile_module, disassemble

from verify import verify

CASES = {}

CASES['simple_module'] = ('x = 1\nprint(x + 2)\n', """\
code <module> (t.py:1) args=0 kwonly=0 flags=MODULE stacksize=3
  locals: 
   1     0 LOAD_CONST               0 (1)
   1     1 STORE_GLOBAL             0 (x)
   2     2 LOAD_GLOBAL              1 (print)
   2     3 LOAD_GLOBAL              0 (x)
   2     4 LOAD_CONST               1 (2)
   2     5 BINARY_OP                0 (+)
   2     6 CALL_FUNCTION            1
   2     7 POP_TOP
   2     8 LOAD_CONST               2 (None)
   2     9 RETURN_VALUE
""")

CASES['chained_compare_and_comprehension'] = ('def f(a, b=1):\n    if a < b < 10:\n        return a\n    return [i * b for i in range(a) if i]\n', """\
code <module> (t.py:1) args=0 kwonly=0 flags=MODULE stacksize=2
  locals: 
   1     0 LOAD_CONST               0 ((1,))
   1     1 LOAD_CONST               1 (<code f, line 1>)
   1     2 MAKE_FUNCTION            1
   1     3 STORE_GLOBAL             0 (f)
   4     4 LOAD_CONST               2 (None)
   4     5 RETURN_VALUE

code f (t.py:1) args=2 kwonly=0 flags=0 stacksize=4
  locals: a, b, $comp0_i
   2     0 LOAD_FAST                0 (a)
   2     1 LOAD_FAST                1 (b)
   2     2 DUP_TOP
   2     3 ROT_THREE
   2     4 COMPARE_OP               0 (<)
   2     5 JUMP_IF_FALSE_OR_POP     9 (to 9)
   2     6 LOAD_CONST               0 (10)
   2     7 COMPARE_OP               0 (<)
   2     8 JUMP_ABSOLUTE           11 (to 11)
   2     9 ROT_TWO
   2    10 POP_TOP
   2    11 POP_JUMP_IF_FALSE       14 (to 14)
   3    12 LOAD_FAST                0 (a)
   3    13 RETURN_VALUE
   4    14 BUILD_LIST               0
   4    15 LOAD_GLOBAL              0 (range)
   4    16 LOAD_FAST                0 (a)
   4    17 CALL_FUNCTION            1
   4    18 GET_ITER
   4    19 FOR_ITER                28 (to 28)
   4    20 STORE_FAST               2 ($comp0_i)
   4    21 LOAD_FAST                2 ($comp0_i)
   4    22 POP_JUMP_IF_FALSE       19 (to 19)
   4    23 LOAD_FAST                2 ($comp0_i)
   4    24 LOAD_FAST                1 (b)
   4    25 BINARY_OP                2 (*)
   4    26 LIST_APPEND              1
   4    27 JUMP_ABSOLUTE           19 (to 19)
   4    28 RETURN_VALUE
   4    29 LOAD_CONST               1 (None)
   4    30 RETURN_VALUE
""")

CASES['break_through_finally'] = ('for i in range(3):\n    try:\n        if i:\n            break\n    except ValueError as e:\n        raise\n    finally:\n        print(i)\n', """\
code <module> (t.py:1) args=0 kwonly=0 flags=MODULE stacksize=3
  locals: $exc1, $ctx1, $fin1
   1     0 LOAD_GLOBAL              0 (range)
   1     1 LOAD_CONST               0 (3)
   1     2 CALL_FUNCTION            1
   1     3 GET_ITER
   1     4 FOR_ITER                84 (to 84)
   1     5 STORE_GLOBAL             1 (i)
   2     6 SETUP_EXCEPT            59 (to 59)
   2     7 SETUP_EXCEPT            20 (to 20)
   3     8 LOAD_GLOBAL              1 (i)
   3     9 POP_JUMP_IF_FALSE       18 (to 18)
   4    10 POP_BLOCK
   4    11 POP_BLOCK
   8    12 LOAD_GLOBAL              2 (print)
   8    13 LOAD_GLOBAL              1 (i)
   8    14 CALL_FUNCTION            1
   8    15 POP_TOP
   4    16 POP_TOP
   4    17 JUMP_ABSOLUTE           84 (to 84)
   2    18 POP_BLOCK
   2    19 JUMP_ABSOLUTE           53 (to 53)
   5    20 STORE_FAST               0 ($exc1)
   5    21 SETUP_EXCEPT            38 (to 38)
   5    22 LOAD_FAST                0 ($exc1)
   5    23 LOAD_GLOBAL              3 (ValueError)
   5    24 EXC_MATCH
   5    25 POP_JUMP_IF_FALSE       35 (to 35)
   5    26 LOAD_FAST                0 ($exc1)
   5    27 STORE_GLOBAL             4 (e)
   6    28 LOAD_FAST                0 ($exc1)
   6    29 RERAISE
   6    30 LOAD_CONST               1 (None)
   6    31 STORE_GLOBAL             4 (e)
   6    32 DELETE_GLOBAL            4 (e)
   6    33 POP_BLOCK
   6    34 JUMP_ABSOLUTE           53 (to 53)
   6    35 POP_BLOCK
   6    36 LOAD_FAST                0 ($exc1)
   6    37 RERAISE
   6    38 STORE_FAST               1 ($ctx1)
   6    39 LOAD_FAST                1 ($ctx1)
   6    40 LOAD_FAST                0 ($exc1)
   6    41 COMPARE_OP               8 (is)
   6    42 POP_JUMP_IF_TRUE        51 (to 51)
   6    43 LOAD_FAST                1 ($ctx1)
   6    44 LOAD_ATTR                5 (__context__)
   6    45 LOAD_CONST               1 (None)
   6    46 COMPARE_OP               9 (is not)
   6    47 POP_JUMP_IF_TRUE        51 (to 51)
   6    48 LOAD_FAST                0 ($exc1)
   6    49 LOAD_FAST                1 ($ctx1)
   6    50 STORE_ATTR               5 (__context__)
   6    51 LOAD_FAST                1 ($ctx1)
   6    52 RERAISE
   6    53 POP_BLOCK
   8    54 LOAD_GLOBAL              2 (print)
   8    55 LOAD_GLOBAL              1 (i)
   8    56 CALL_FUNCTION            1
   8    57 POP_TOP
   6    58 JUMP_ABSOLUTE           83 (to 83)
   8    59 STORE_FAST               2 ($fin1)
   8    60 SETUP_EXCEPT            68 (to 68)
   8    61 LOAD_GLOBAL              2 (print)
   8    62 LOAD_GLOBAL              1 (i)
   8    63 CALL_FUNCTION            1
   8    64 POP_TOP
   8    65 POP_BLOCK
   8    66 LOAD_FAST                2 ($fin1)
   8    67 RERAISE
   8    68 STORE_FAST               1 ($ctx1)
   8    69 LOAD_FAST                1 ($ctx1)
   8    70 LOAD_FAST                2 ($fin1)
   8    71 COMPARE_OP               8 (is)
   8    72 POP_JUMP_IF_TRUE        81 (to 81)
   8    73 LOAD_FAST                1 ($ctx1)
   8    74 LOAD_ATTR                5 (__context__)
   8    75 LOAD_CONST               1 (None)
   8    76 COMPARE_OP               9 (is not)
   8    77 POP_JUMP_IF_TRUE        81 (to 81)
   8    78 LOAD_FAST                2 ($fin1)
   8    79 LOAD_FAST                1 ($ctx1)
   8    80 STORE_ATTR               5 (__context__)
   8    81 LOAD_FAST                1 ($ctx1)
   8    82 RERAISE
   1    83 JUMP_ABSOLUTE            4 (to 4)
   8    84 LOAD_CONST               1 (None)
   8    85 RETURN_VALUE
""")

CASES['augassign_subscript_fstring'] = ('def g(d, k):\n    d[k] += 1\n    return f"{k!r}:{d[k]:>3}"\n', """\
code <module> (t.py:1) args=0 kwonly=0 flags=MODULE stacksize=1
  locals: 
   1     0 LOAD_CONST               0 (<code g, line 1>)
   1     1 MAKE_FUNCTION            0
   1     2 STORE_GLOBAL             0 (g)
   3     3 LOAD_CONST               1 (None)
   3     4 RETURN_VALUE

code g (t.py:1) args=2 kwonly=0 flags=0 stacksize=4
  locals: d, k
   2     0 LOAD_FAST                0 (d)
   2     1 LOAD_FAST                1 (k)
   2     2 DUP_TOP_TWO
   2     3 BINARY_SUBSCR
   2     4 LOAD_CONST               0 (1)
   2     5 INPLACE_OP               0 (+)
   2     6 ROT_THREE
   2     7 STORE_SUBSCR
   3     8 LOAD_FAST                1 (k)
   3     9 FORMAT_VALUE             2
   3    10 LOAD_CONST               1 (':')
   3    11 LOAD_FAST                0 (d)
   3    12 LOAD_FAST                1 (k)
   3    13 BINARY_SUBSCR
   3    14 LOAD_CONST               2 ('>3')
   3    15 FORMAT_VALUE             4
   3    16 BUILD_STRING             3
   3    17 RETURN_VALUE
   3    18 LOAD_CONST               3 (None)
   3    19 RETURN_VALUE
""")

CASES['return_through_finally'] = ('def h(xs):\n    for x in xs:\n        try:\n            return x\n        finally:\n            print(x)\n', """\
code <module> (t.py:1) args=0 kwonly=0 flags=MODULE stacksize=1
  locals: 
   1     0 LOAD_CONST               0 (<code h, line 1>)
   1     1 MAKE_FUNCTION            0
   1     2 STORE_GLOBAL             0 (h)
   6     3 LOAD_CONST               1 (None)
   6     4 RETURN_VALUE

code h (t.py:1) args=1 kwonly=0 flags=0 stacksize=3
  locals: xs, x, $ret, $fin1, $ctx1
   2     0 LOAD_FAST                0 (xs)
   2     1 GET_ITER
   2     2 FOR_ITER                46 (to 46)
   2     3 STORE_FAST               1 (x)
   3     4 SETUP_EXCEPT            21 (to 21)
   4     5 LOAD_FAST                1 (x)
   4     6 STORE_FAST               2 ($ret)
   4     7 POP_BLOCK
   6     8 LOAD_GLOBAL              0 (print)
   6     9 LOAD_FAST                1 (x)
   6    10 CALL_FUNCTION            1
   6    11 POP_TOP
   4    12 POP_TOP
   4    13 LOAD_FAST                2 ($ret)
   4    14 RETURN_VALUE
   3    15 POP_BLOCK
   6    16 LOAD_GLOBAL              0 (print)
   6    17 LOAD_FAST                1 (x)
   6    18 CALL_FUNCTION            1
   6    19 POP_TOP
   3    20 JUMP_ABSOLUTE           45 (to 45)
   6    21 STORE_FAST               3 ($fin1)
   6    22 SETUP_EXCEPT            30 (to 30)
   6    23 LOAD_GLOBAL              0 (print)
   6    24 LOAD_FAST                1 (x)
   6    25 CALL_FUNCTION            1
   6    26 POP_TOP
   6    27 POP_BLOCK
   6    28 LOAD_FAST                3 ($fin1)
   6    29 RERAISE
   6    30 STORE_FAST               4 ($ctx1)
   6    31 LOAD_FAST                4 ($ctx1)
   6    32 LOAD_FAST                3 ($fin1)
   6    33 COMPARE_OP               8 (is)
   6    34 POP_JUMP_IF_TRUE        43 (to 43)
   6    35 LOAD_FAST                4 ($ctx1)
   6    36 LOAD_ATTR                1 (__context__)
   6    37 LOAD_CONST               0 (None)
   6    38 COMPARE_OP               9 (is not)
   6    39 POP_JUMP_IF_TRUE        43 (to 43)
   6    40 LOAD_FAST                3 ($fin1)
   6    41 LOAD_FAST                4 ($ctx1)
   6    42 STORE_ATTR               1 (__context__)
   6    43 LOAD_FAST                4 ($ctx1)
   6    44 RERAISE
   2    45 JUMP_ABSOLUTE            2 (to 2)
   6    46 LOAD_CONST               0 (None)
   6    47 RETURN_VALUE
""")

CASES['keywords_and_kwonly'] = ('def k(a, *args, b=2, **kw):\n    return a\nk(1, b=3)\n', """\
code <module> (t.py:1) args=0 kwonly=0 flags=MODULE stacksize=4
  locals: 
   1     0 LOAD_CONST               0 ('b')
   1     1 LOAD_CONST               1 (2)
   1     2 BUILD_MAP                1
   1     3 LOAD_CONST               2 (<code k, line 1>)
   1     4 MAKE_FUNCTION            2
   1     5 STORE_GLOBAL             0 (k)
   3     6 LOAD_GLOBAL              0 (k)
   3     7 LOAD_CONST               3 (1)
   3     8 LOAD_CONST               4 (3)
   3     9 LOAD_CONST               5 (('b',))
   3    10 CALL_FUNCTION_KW         2
   3    11 POP_TOP
   3    12 LOAD_CONST               6 (None)
   3    13 RETURN_VALUE

code k (t.py:1) args=1 kwonly=1 flags=VARARGS|VARKEYWORDS stacksize=1
  locals: a, b, args, kw
   2     0 LOAD_FAST                0 (a)
   2     1 RETURN_VALUE
   2     2 LOAD_CONST               0 (None)
   2     3 RETURN_VALUE
""")


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name):
    source, expected = CASES[name]
    code = compile_module(source, "t.py")
    verify(code)
    assert disassemble(code) == expected

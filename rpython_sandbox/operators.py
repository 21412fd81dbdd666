"""Operator numbers as the interpreter uses them: indexes into the shared
operator lists of opcodes.py, so BINARY_OP's argument is used unchanged."""

from rpython.rlib.objectmodel import specialize

from rpython_sandbox.opcodes import BINARY_OPERATORS, COMPARE_OPERATORS, UNARY_OPERATORS

ADD = BINARY_OPERATORS.index("+")
SUB = BINARY_OPERATORS.index("-")
MUL = BINARY_OPERATORS.index("*")
TRUEDIV = BINARY_OPERATORS.index("/")
FLOORDIV = BINARY_OPERATORS.index("//")
MOD = BINARY_OPERATORS.index("%")
POW = BINARY_OPERATORS.index("**")
LSHIFT = BINARY_OPERATORS.index("<<")
RSHIFT = BINARY_OPERATORS.index(">>")
AND = BINARY_OPERATORS.index("&")
OR = BINARY_OPERATORS.index("|")
XOR = BINARY_OPERATORS.index("^")
MATMUL = BINARY_OPERATORS.index("@")

LT = COMPARE_OPERATORS.index("<")
LE = COMPARE_OPERATORS.index("<=")
EQ = COMPARE_OPERATORS.index("==")
NE = COMPARE_OPERATORS.index("!=")
GT = COMPARE_OPERATORS.index(">")
GE = COMPARE_OPERATORS.index(">=")
IN = COMPARE_OPERATORS.index("in")
NOT_IN = COMPARE_OPERATORS.index("not in")
IS = COMPARE_OPERATORS.index("is")
IS_NOT = COMPARE_OPERATORS.index("is not")

NEG = UNARY_OPERATORS.index("-")
POS = UNARY_OPERATORS.index("+")
NOT = UNARY_OPERATORS.index("not")
INVERT = UNARY_OPERATORS.index("~")

BINOP_SYMBOLS = BINARY_OPERATORS
ORDER_SYMBOLS = COMPARE_OPERATORS


def reflect(op):
    """The comparison to try on the right operand: a < b  <=>  b > a."""
    if op == LT:
        return GT
    if op == GT:
        return LT
    if op == LE:
        return GE
    if op == GE:
        return LE
    return op


@specialize.argtype(1, 2)
def ordered(op, a, b):
    """`a OP b` for a comparison OP on two primitive values of one type
    (ints, floats, unicode, str): the same code serves every W_ type."""
    if op == LT:
        return a < b
    if op == LE:
        return a <= b
    if op == GT:
        return a > b
    if op == GE:
        return a >= b
    if op == EQ:
        return a == b
    return a != b

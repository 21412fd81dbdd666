"""The opcode table: the one definition of the sandbox bytecode.

Pure data plus two small functions, written so that it runs unchanged under
Python 2 (the RPython interpreter and its verifier) and Python 3 (the trusted
compiler, which carries a byte-identical copy in trusted/_compiler/opcodes.py;
tests/compiler/test_opcode_table.py fails if the two ever differ).

An instruction is 3 bytes: the opcode, then a 16-bit little-endian argument.
Jump targets and the program counter count instructions, not bytes.
The meaning of every opcode is in docs/bytecode.md.
"""

MAGIC = "PSBC"
BYTECODE_VERSION = 1
INSTR_SIZE = 3
MAX_ARG = 0xFFFF
MAX_BLOCK_DEPTH = 20   # nested try blocks in one code object, as in CPython

# What an argument indexes; the verifier checks each kind's range.
ARG_NONE = 0      # must be 0
ARG_CONST = 1     # index into co_consts
ARG_NAME = 2      # index into co_names
ARG_LOCAL = 3     # index into the frame's locals (co_nlocals)
ARG_JUMP = 4      # instruction index inside the code
ARG_COUNT = 5     # a count of stack items
ARG_BINOP = 6     # index into BINARY_OPERATORS
ARG_CMPOP = 7     # index into COMPARE_OPERATORS
ARG_UNARYOP = 8   # index into UNARY_OPERATORS
ARG_SMALL = 9     # a small flag set, checked against ARG_SMALL_LIMIT below

# (name, argument kind); an opcode's number is its index in this list.
OPCODE_TABLE = [
    ("NOP", ARG_NONE),
    ("POP_TOP", ARG_NONE),
    ("ROT_TWO", ARG_NONE),
    ("ROT_THREE", ARG_NONE),
    ("DUP_TOP", ARG_NONE),
    ("DUP_TOP_TWO", ARG_NONE),
    ("LOAD_CONST", ARG_CONST),
    ("LOAD_FAST", ARG_LOCAL),
    ("STORE_FAST", ARG_LOCAL),
    ("DELETE_FAST", ARG_LOCAL),
    ("LOAD_GLOBAL", ARG_NAME),
    ("STORE_GLOBAL", ARG_NAME),
    ("DELETE_GLOBAL", ARG_NAME),
    ("LOAD_ATTR", ARG_NAME),
    ("STORE_ATTR", ARG_NAME),
    ("BINARY_OP", ARG_BINOP),
    ("INPLACE_OP", ARG_BINOP),
    ("UNARY_OP", ARG_UNARYOP),
    ("COMPARE_OP", ARG_CMPOP),
    ("EXC_MATCH", ARG_NONE),
    ("BINARY_SUBSCR", ARG_NONE),
    ("STORE_SUBSCR", ARG_NONE),
    ("DELETE_SUBSCR", ARG_NONE),
    ("BUILD_SLICE", ARG_SMALL),
    ("BUILD_TUPLE", ARG_COUNT),
    ("BUILD_LIST", ARG_COUNT),
    ("BUILD_MAP", ARG_COUNT),
    ("BUILD_STRING", ARG_COUNT),
    ("FORMAT_VALUE", ARG_SMALL),
    ("LIST_APPEND", ARG_COUNT),
    ("UNPACK_SEQUENCE", ARG_COUNT),
    ("JUMP_ABSOLUTE", ARG_JUMP),
    ("POP_JUMP_IF_FALSE", ARG_JUMP),
    ("POP_JUMP_IF_TRUE", ARG_JUMP),
    ("JUMP_IF_FALSE_OR_POP", ARG_JUMP),
    ("JUMP_IF_TRUE_OR_POP", ARG_JUMP),
    ("GET_ITER", ARG_NONE),
    ("FOR_ITER", ARG_JUMP),
    ("CALL_FUNCTION", ARG_COUNT),
    ("CALL_FUNCTION_KW", ARG_COUNT),
    ("MAKE_FUNCTION", ARG_SMALL),
    ("RETURN_VALUE", ARG_NONE),
    ("SETUP_EXCEPT", ARG_JUMP),
    ("POP_BLOCK", ARG_NONE),
    ("RAISE_VARARGS", ARG_SMALL),
    ("RERAISE", ARG_NONE),
    ("IMPORT_NAME", ARG_NAME),
    ("IMPORT_FROM", ARG_NAME),
    # classes and with
    ("LOAD_NAME", ARG_NAME),
    ("STORE_NAME", ARG_NAME),
    ("DELETE_NAME", ARG_NAME),
    ("BUILD_CLASS", ARG_COUNT),
    ("LOAD_DEFINING_CLASS", ARG_NONE),
    ("DELETE_ATTR", ARG_NAME),
    ("SETUP_WITH", ARG_JUMP),
    ("WITH_EXCEPT", ARG_NONE),
    # closures, calls with * and **, unpacking, sets, generators
    ("MAKE_CELL", ARG_LOCAL),
    ("LOAD_DEREF", ARG_LOCAL),
    ("STORE_DEREF", ARG_LOCAL),
    ("DELETE_DEREF", ARG_LOCAL),
    ("CALL_FUNCTION_EX", ARG_SMALL),
    ("LIST_EXTEND", ARG_COUNT),
    ("LIST_TO_TUPLE", ARG_NONE),
    ("DICT_UPDATE", ARG_COUNT),
    ("DICT_MERGE", ARG_COUNT),
    ("MAP_ADD", ARG_COUNT),
    ("BUILD_SET", ARG_COUNT),
    ("SET_ADD", ARG_COUNT),
    ("SET_UPDATE", ARG_COUNT),
    ("UNPACK_EX", ARG_COUNT),
    ("YIELD_VALUE", ARG_NONE),
    ("YIELD_FROM", ARG_NONE),
    ("GET_YIELD_FROM_ITER", ARG_NONE),
    # coroutines: await, async with, async for
    ("GET_AWAITABLE", ARG_SMALL),
    ("GET_AITER", ARG_NONE),
    ("GET_ANEXT", ARG_NONE),
    ("BEFORE_ASYNC_WITH", ARG_NONE),
    ("SETUP_ASYNC_WITH", ARG_JUMP),
    ("ASYNC_WITH_EXCEPT", ARG_NONE),
    ("END_ASYNC_FOR", ARG_NONE),
    # a class body reading a variable of the function around the class
    ("LOAD_CLASSDEREF", ARG_LOCAL),
    # class keyword arguments (metaclass=, __init_subclass__ keywords)
    ("BUILD_CLASS_KW", ARG_COUNT),
]

# The largest argument each ARG_SMALL opcode accepts.
ARG_SMALL_LIMIT = {
    "BUILD_SLICE": 3,      # 2 or 3 (checked exactly by the verifier)
    "FORMAT_VALUE": 7,     # bits 0-1 conversion (0 none, 1 !s, 2 !r, 3 !a); bit 2: spec on stack
    "MAKE_FUNCTION": 7,    # bit 0: defaults tuple on stack; bit 1: kw-defaults dict; bit 2: closure tuple
    "CALL_FUNCTION_EX": 1, # bit 0: a dict of keyword arguments on the stack
    "RAISE_VARARGS": 2,    # 1: raise X; 2: raise X from Y
    "GET_AWAITABLE": 3,    # where (for the message): 0 await, 1 __aenter__, 2 __aexit__, 3 __anext__
}

BINARY_OPERATORS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
COMPARE_OPERATORS = ["<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"]
UNARY_OPERATORS = ["-", "+", "not", "~"]

# Flags of a code object (co_flags).
CO_VARARGS = 1      # the last-but-kw parameter collects extra positionals (*args)
CO_VARKEYWORDS = 2  # the last parameter collects extra keywords (**kwargs)
CO_MODULE = 4       # module-level code: names live in the module's globals
CO_GENERATOR = 8    # calling the function makes a generator (the code has a yield)
CO_COROUTINE = 16   # with CO_GENERATOR: an `async def` (calling it makes a coroutine)
CO_POSONLY_SHIFT = 8    # bits 8-15 of the flags: how many of the positional
CO_POSONLY_MASK = 0xFF  # parameters are positional-only (before a `/`)

OPNAMES = [entry[0] for entry in OPCODE_TABLE]
ARGKINDS = [entry[1] for entry in OPCODE_TABLE]
OPMAP = {}
for _i in range(len(OPCODE_TABLE)):
    OPMAP[OPCODE_TABLE[_i][0]] = _i
    globals()[OPCODE_TABLE[_i][0]] = _i   # LOAD_CONST = 6, ... as plain names
del _i

# Opcodes after which control never falls through to the next instruction.
NO_FALLTHROUGH = [JUMP_ABSOLUTE, RETURN_VALUE, RAISE_VARARGS, RERAISE]
# Opcodes whose jump target begins an exception handler (entered with the
# stack cut to its depth at the SETUP, plus the exception object).
HANDLER_SETUP = [SETUP_EXCEPT, SETUP_WITH, SETUP_ASYNC_WITH]


def stack_effect(op, arg, jump):
    """Net change of the stack depth when `op` with `arg` runs.

    `jump` selects the effect on the branch to the argument's target (for
    the conditional jumps and FOR_ITER) rather than on fall-through.  Shared
    by the compiler (to size frames) and the verifier (to check them).
    For SETUP_EXCEPT the jump effect is the handler's entry: +1 above the
    depth at the SETUP instruction.
    """
    if op == NOP or op == ROT_TWO or op == ROT_THREE:
        return 0
    if op == POP_TOP or op == STORE_FAST or op == STORE_GLOBAL:
        return -1
    if op == DELETE_FAST or op == DELETE_GLOBAL or op == LOAD_ATTR:
        return 0
    if op == DUP_TOP or op == LOAD_CONST or op == LOAD_FAST or op == LOAD_GLOBAL:
        return 1
    if op == DUP_TOP_TWO:
        return 2
    if op == STORE_ATTR:
        return -2
    if op == BINARY_OP or op == INPLACE_OP or op == COMPARE_OP or op == EXC_MATCH:
        return -1
    if op == UNARY_OP or op == GET_ITER:
        return 0
    if op == BINARY_SUBSCR:
        return -1
    if op == STORE_SUBSCR:
        return -3
    if op == DELETE_SUBSCR:
        return -2
    if op == BUILD_SLICE or op == BUILD_TUPLE or op == BUILD_LIST or op == BUILD_STRING:
        return 1 - arg
    if op == BUILD_MAP:
        return 1 - 2 * arg
    if op == FORMAT_VALUE:
        if arg & 4:
            return -1
        return 0
    if op == LIST_APPEND:
        return -1
    if op == UNPACK_SEQUENCE:
        return arg - 1
    if op == JUMP_ABSOLUTE or op == POP_BLOCK:
        return 0
    if op == POP_JUMP_IF_FALSE or op == POP_JUMP_IF_TRUE:
        return -1
    if op == JUMP_IF_FALSE_OR_POP or op == JUMP_IF_TRUE_OR_POP:
        if jump:
            return 0
        return -1
    if op == FOR_ITER:
        if jump:
            return -1
        return 1
    if op == CALL_FUNCTION:
        return -arg
    if op == CALL_FUNCTION_KW:
        return -arg - 1
    if op == MAKE_FUNCTION:
        return -(arg & 1) - ((arg >> 1) & 1) - ((arg >> 2) & 1)
    if op == RETURN_VALUE or op == RERAISE:
        return -1
    if op == SETUP_EXCEPT:
        if jump:
            return 1
        return 0
    if op == RAISE_VARARGS:
        return -arg
    if op == IMPORT_NAME or op == IMPORT_FROM:
        return 1
    if op == LOAD_NAME or op == LOAD_DEFINING_CLASS:
        return 1
    if op == STORE_NAME or op == DELETE_ATTR:
        return -1
    if op == DELETE_NAME or op == WITH_EXCEPT:
        return 0
    if op == BUILD_CLASS:
        return -arg - 1
    if op == BUILD_CLASS_KW:
        return -arg - 2
    if op == SETUP_WITH:
        return 1        # [mgr] -> [exit value]; the handler gets [exit exc]
    if op == MAKE_CELL or op == DELETE_DEREF or op == LIST_TO_TUPLE:
        return 0
    if op == LOAD_DEREF:
        return 1
    if op == STORE_DEREF:
        return -1
    if op == CALL_FUNCTION_EX:
        return -1 - (arg & 1)
    if (op == LIST_EXTEND or op == DICT_UPDATE or op == DICT_MERGE
            or op == SET_ADD or op == SET_UPDATE):
        return -1
    if op == MAP_ADD:
        return -2
    if op == BUILD_SET:
        return 1 - arg
    if op == UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8)
    if op == YIELD_VALUE or op == GET_YIELD_FROM_ITER:
        return 0
    if op == YIELD_FROM:
        return -1
    if op == GET_AWAITABLE or op == GET_AITER or op == GET_ANEXT:
        return 0
    if op == BEFORE_ASYNC_WITH:
        return 1        # [mgr] -> [exit awaitable]
    if op == SETUP_ASYNC_WITH:
        return 0        # [exit value]; the handler gets [exit exc]
    if op == ASYNC_WITH_EXCEPT:
        return 0        # [exit exc] -> [exc awaitable]
    if op == END_ASYNC_FOR:
        return -2
    if op == LOAD_CLASSDEREF:
        return 1
    raise ValueError("stack_effect: unknown opcode")


def stack_needed(op, arg):
    """How many items `op` reads from the stack: the verifier refuses code
    whose stack is shallower than this at the instruction."""
    if op in (POP_TOP, STORE_FAST, STORE_GLOBAL, LOAD_ATTR, UNARY_OP, GET_ITER,
              DUP_TOP, RETURN_VALUE, RERAISE, POP_JUMP_IF_FALSE,
              POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
              FOR_ITER, IMPORT_FROM, UNPACK_SEQUENCE, STORE_NAME, DELETE_ATTR,
              SETUP_WITH, STORE_DEREF, LIST_TO_TUPLE, UNPACK_EX, YIELD_VALUE,
              GET_YIELD_FROM_ITER):
        return 1
    if op == YIELD_FROM:
        return 2
    if op in (GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH):
        return 1
    if op in (SETUP_ASYNC_WITH, ASYNC_WITH_EXCEPT, END_ASYNC_FOR):
        return 2
    if op == CALL_FUNCTION_EX:
        return 2 + (arg & 1)
    if op in (LIST_EXTEND, DICT_UPDATE, DICT_MERGE, SET_ADD, SET_UPDATE):
        return arg + 2
    if op == MAP_ADD:
        return arg + 3
    if op == BUILD_SET:
        return arg
    if op in (ROT_TWO, DUP_TOP_TWO, STORE_ATTR, BINARY_OP, INPLACE_OP,
              COMPARE_OP, EXC_MATCH, BINARY_SUBSCR, DELETE_SUBSCR, WITH_EXCEPT):
        return 2
    if op == ROT_THREE or op == STORE_SUBSCR:
        return 3
    if op in (BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_STRING):
        return arg
    if op == BUILD_MAP:
        return 2 * arg
    if op == FORMAT_VALUE:
        return 1 + ((arg >> 2) & 1)
    if op == LIST_APPEND:
        return arg + 1
    if op == CALL_FUNCTION:
        return arg + 1
    if op == CALL_FUNCTION_KW:
        return arg + 2
    if op == MAKE_FUNCTION:
        return 1 + (arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1)
    if op == RAISE_VARARGS:
        return arg
    if op == BUILD_CLASS:
        return arg + 2
    if op == BUILD_CLASS_KW:
        return arg + 3
    return 0

"""The bytecode verifier: refuses a code object before it can run unless
every operand is in range and the value stack is consistent on every path
(rules in docs/bytecode.md, "Verification").  The interpreter loop relies on
this and does no bounds checks of its own on operands or stack slots."""

from rpython_sandbox import opcodes
from rpython_sandbox.opcodes import (
    ARGKINDS, ARG_NONE, ARG_CONST, ARG_NAME, ARG_LOCAL, ARG_JUMP, ARG_COUNT,
    ARG_BINOP, ARG_CMPOP, ARG_UNARYOP, ARG_SMALL, OPNAMES, ARG_SMALL_LIMIT,
    BINARY_OPERATORS, COMPARE_OPERATORS, UNARY_OPERATORS, INSTR_SIZE,
    stack_effect, stack_needed, CO_VARARGS, CO_VARKEYWORDS, CO_MODULE,
    CO_GENERATOR, CO_COROUTINE, CO_POSONLY_SHIFT, CO_POSONLY_MASK)
from rpython_sandbox.error import VerifyError

NUM_OPCODES = len(OPNAMES)
MAX_STACKSIZE = 65535
_SMALL_LIMITS = [ARG_SMALL_LIMIT.get(name, 0) for name in OPNAMES]


def fail(code, pc, msg):
    raise VerifyError("bytecode verification failed in %s (%s), instruction %d: %s"
                      % (code.name, code.filename, pc, msg))


def verify(code):
    """Raise VerifyError unless `code` (a W_Code) is safe to run."""
    n = code.ninstrs
    if len(code.code) == 0 or len(code.code) % INSTR_SIZE != 0:
        fail(code, -1, "code length is not a positive multiple of %d" % INSTR_SIZE)
    if len(code.lines) != n:
        fail(code, -1, "line table has %d entries for %d instructions" % (len(code.lines), n))
    if len(code.varnames) != code.nlocals:
        fail(code, -1, "varnames has %d names for %d locals" % (len(code.varnames), code.nlocals))
    if code.argcount < 0 or code.kwonlyargcount < 0 or code.nparams() > code.nlocals:
        fail(code, -1, "parameters do not fit in the locals")
    known = (CO_VARARGS | CO_VARKEYWORDS | CO_MODULE | CO_GENERATOR | CO_COROUTINE
             | (CO_POSONLY_MASK << CO_POSONLY_SHIFT))
    if code.flags & ~known:
        fail(code, -1, "unknown flags %d" % code.flags)
    if code.posonlyargcount() > code.argcount:
        fail(code, -1, "more positional-only parameters than positional ones")
    if code.flags & CO_MODULE and code.flags & CO_GENERATOR:
        fail(code, -1, "module code cannot be a generator")
    if code.flags & CO_COROUTINE and not code.flags & CO_GENERATOR:
        fail(code, -1, "coroutine code without the generator flag")
    if code.stacksize < 0 or code.stacksize > MAX_STACKSIZE:
        fail(code, -1, "stack size %d out of range" % code.stacksize)
    for pc in range(n):
        check_operand(code, pc)
    check_stack(code)


def check_operand(code, pc):
    op = code.opcode_at(pc)
    arg = code.oparg_at(pc)
    if op >= NUM_OPCODES:
        fail(code, pc, "unknown opcode %d" % op)
    kind = ARGKINDS[op]
    if kind == ARG_NONE:
        ok = arg == 0
    elif kind == ARG_CONST:
        ok = arg < len(code.consts_w)
    elif kind == ARG_NAME:
        ok = arg < len(code.names)
    elif kind == ARG_LOCAL:
        ok = arg < code.nlocals
    elif kind == ARG_JUMP:
        ok = arg < code.ninstrs
    elif kind == ARG_COUNT:
        ok = True       # bounded by the stack check
    elif kind == ARG_BINOP:
        ok = arg < len(BINARY_OPERATORS)
    elif kind == ARG_CMPOP:
        ok = arg < len(COMPARE_OPERATORS)
    elif kind == ARG_UNARYOP:
        ok = arg < len(UNARY_OPERATORS)
    elif kind == ARG_SMALL:
        ok = arg <= _SMALL_LIMITS[op]
        if op == opcodes.BUILD_SLICE:
            ok = arg == 2 or arg == 3
        elif op == opcodes.RAISE_VARARGS:
            ok = arg == 1 or arg == 2
    else:
        ok = False
    if not ok:
        fail(code, pc, "%s argument %d out of range" % (OPNAMES[op], arg))
    if ((op == opcodes.YIELD_VALUE or op == opcodes.YIELD_FROM)
            and not code.flags & CO_GENERATOR):
        fail(code, pc, "%s outside a generator" % OPNAMES[op])
    if op >= opcodes.GET_AWAITABLE and op <= opcodes.END_ASYNC_FOR \
            and not code.flags & CO_COROUTINE:
        fail(code, pc, "%s outside a coroutine" % OPNAMES[op])


def check_stack(code):
    """Abstract interpretation of the stack depth over the control flow."""
    n = code.ninstrs
    depth_at = [-1] * n
    depth_at[0] = 0
    todo = [0]
    while len(todo) > 0:
        pc = todo.pop()
        depth = depth_at[pc]
        op = code.opcode_at(pc)
        arg = code.oparg_at(pc)
        if depth < stack_needed(op, arg):
            fail(code, pc, "%s needs %d stack items, has %d"
                 % (OPNAMES[op], stack_needed(op, arg), depth))
        if ARGKINDS[op] == ARG_JUMP:
            _flow(code, depth_at, todo, pc, arg, depth + stack_effect(op, arg, True))
        if op not in opcodes.NO_FALLTHROUGH:
            if pc + 1 >= n:
                fail(code, pc, "control flow runs off the end of the code")
            _flow(code, depth_at, todo, pc, pc + 1, depth + stack_effect(op, arg, False))


def _flow(code, depth_at, todo, pc, target, depth):
    if depth < 0:
        fail(code, pc, "stack underflow")
    if depth > code.stacksize:
        fail(code, pc, "stack depth %d exceeds the declared stack size %d" % (depth, code.stacksize))
    if depth_at[target] == -1:
        depth_at[target] = depth
        todo.append(target)
    elif depth_at[target] != depth:
        fail(code, pc, "instruction %d reached with stack depths %d and %d"
             % (target, depth_at[target], depth))

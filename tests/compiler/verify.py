"""A Python mirror of the interpreter's bytecode verifier (docs/bytecode.md,
"Verification"), so the compiler's output is checked before the RPython
interpreter exists.  Stricter in one place: stacksize must be exact."""

from trusted._compiler import CodeObject
from trusted._compiler import opcodes


class VerifyError(Exception):
    pass


def _check_const(value, depth=0):
    if depth > 100:
        raise VerifyError("constant nesting too deep")
    if value is None or value is Ellipsis or isinstance(value, (bool, int, float, str, bytes)):
        return
    if isinstance(value, tuple):
        for item in value:
            if isinstance(item, CodeObject):
                raise VerifyError("code object inside a tuple constant")
            _check_const(item, depth + 1)
        return
    if isinstance(value, CodeObject):
        verify(value)
        return
    raise VerifyError("bad constant type %r" % type(value))


def verify(code: CodeObject) -> None:
    fields = code.to_wire_fields()
    if len(fields) != 15:
        raise VerifyError("wire fields: %d" % len(fields))
    if fields[0] != opcodes.MAGIC or fields[1] != opcodes.BYTECODE_VERSION:
        raise VerifyError("magic/version")
    raw = code.code
    if not isinstance(raw, bytes) or len(raw) == 0 or len(raw) % opcodes.INSTR_SIZE:
        raise VerifyError("code length")
    n = len(raw) // opcodes.INSTR_SIZE
    if len(code.lines) != n:
        raise VerifyError("lines length")
    if len(code.varnames) != code.nlocals:
        raise VerifyError("varnames length")
    nparams = code.argcount + code.kwonlyargcount
    nparams += bool(code.flags & opcodes.CO_VARARGS) + bool(code.flags & opcodes.CO_VARKEYWORDS)
    if nparams > code.nlocals or code.flags & ~0xFF1F:
        raise VerifyError("parameters/flags")
    if code.flags & opcodes.CO_MODULE and nparams:
        raise VerifyError("module code with parameters")
    instrs = list(code.instructions())
    for i, op, arg in instrs:
        if op >= len(opcodes.OPCODE_TABLE):
            raise VerifyError("unknown opcode %d at %d" % (op, i))
        kind = opcodes.ARGKINDS[op]
        name = opcodes.OPNAMES[op]
        limit = {
            opcodes.ARG_NONE: 1, opcodes.ARG_CONST: len(code.consts),
            opcodes.ARG_NAME: len(code.names), opcodes.ARG_LOCAL: code.nlocals,
            opcodes.ARG_JUMP: n, opcodes.ARG_COUNT: opcodes.MAX_ARG + 1,
            opcodes.ARG_BINOP: len(opcodes.BINARY_OPERATORS),
            opcodes.ARG_CMPOP: len(opcodes.COMPARE_OPERATORS),
            opcodes.ARG_UNARYOP: len(opcodes.UNARY_OPERATORS),
        }.get(kind)
        if kind == opcodes.ARG_SMALL:
            limit = opcodes.ARG_SMALL_LIMIT[name] + 1
            if name == "BUILD_SLICE" and arg not in (2, 3):
                raise VerifyError("BUILD_SLICE %d" % arg)
            if name == "RAISE_VARARGS" and arg not in (1, 2):
                raise VerifyError("RAISE_VARARGS %d" % arg)
        if not 0 <= arg < limit:
            raise VerifyError("argument %d out of range for %s at %d" % (arg, name, i))
    if instrs[-1][1] not in opcodes.NO_FALLTHROUGH:
        raise VerifyError("last instruction falls through")
    depth = [None] * n
    depth[0] = 0
    todo = [0]
    maxdepth = 0
    while todo:
        i = todo.pop()
        _, op, arg = instrs[i]
        d = depth[i]
        if d < opcodes.stack_needed(op, arg):
            raise VerifyError("stack underflow at %d" % i)
        succ = []
        if opcodes.ARGKINDS[op] == opcodes.ARG_JUMP:
            succ.append((arg, d + opcodes.stack_effect(op, arg, True)))
        if op not in opcodes.NO_FALLTHROUGH:
            if i + 1 >= n:
                raise VerifyError("falls off the end at %d" % i)
            succ.append((i + 1, d + opcodes.stack_effect(op, arg, False)))
        for target, nd in succ:
            if nd < 0:
                raise VerifyError("negative depth after %d" % i)
            if nd > code.stacksize:
                raise VerifyError("depth %d above stacksize %d after %d"
                                  % (nd, code.stacksize, i))
            maxdepth = max(maxdepth, nd)
            if depth[target] is None:
                depth[target] = nd
                todo.append(target)
            elif depth[target] != nd:
                raise VerifyError("inconsistent depth at %d: %d vs %d"
                                  % (target, depth[target], nd))
    if maxdepth != code.stacksize:
        raise VerifyError("stacksize %d, flow analysis says %d" % (code.stacksize, maxdepth))
    for const in code.consts:
        _check_const(const)
    for name in code.names:
        if not isinstance(name, str):
            raise VerifyError("name not a str")
    return None

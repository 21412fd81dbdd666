"""Helpers for untranslated tests: a tiny assembler for hand-written code
objects and a fresh interpreter per test."""

from rpython_sandbox import opcodes
from rpython_sandbox.bytecode import W_Code
from rpython_sandbox.space import ObjSpace
from rpython_sandbox.limits import Limits
from rpython_sandbox.interpreter import Interpreter
from rpython_sandbox.pool import Pool
from rpython_sandbox.objects.moduleobject import W_ModuleObject
from rpython_sandbox.builtins import interp_builtins


class CapturedOutput(object):
    def __init__(self):
        self.parts = []

    def write(self, stream, text):
        self.parts.append(text)

    def text(self):
        return u"".join(self.parts)


def make_interp(quota=0):
    """A fresh interpreter running one sandbox whose pool has `quota`
    bytes (0 = none)."""
    space = ObjSpace()
    interp = Interpreter(space, Limits())
    interp.w_builtins = interp_builtins.make_builtins_module(space)
    space.output = CapturedOutput()
    interp.accountant.activate(Pool(quota))
    return space, interp


def assemble(instrs, consts_w=(), names=(), nlocals=0, stacksize=8, flags=opcodes.CO_MODULE,
             argcount=0, name="<module>"):
    """instrs: list of (OPNAME, arg) or OPNAME."""
    code = []
    for ins in instrs:
        if isinstance(ins, str):
            op, arg = ins, 0
        else:
            op, arg = ins
        code.append(chr(opcodes.OPMAP[op]) + chr(arg & 0xff) + chr(arg >> 8))
    n = len(instrs)
    return W_Code(name, "test.py", 1, argcount, 0, nlocals, flags,
                  ["v%d" % i for i in range(nlocals)], "".join(code), list(consts_w),
                  list(names), [i + 1 for i in range(n)], stacksize)


def run(space, interp, code):
    w_module = W_ModuleObject("__main__")
    return interp.run_module_code(code, w_module), w_module

"""This is not the JIT :-)  It is the one place that tells RPython's JIT
generator about our interpreter: the JitDriver (greens: the code object and
the instruction index; reds: the frame, the interpreter and the count of
instructions not yet handed to the limits) and how to print a location in
JIT logs."""

from rpython.rlib.jit import JitDriver

from rpython_sandbox.opcodes import OPNAMES


def get_printable_location(pc, code):
    return "%s:%d in %s at %s" % (code.filename, code.line_at(pc), code.name,
                                  OPNAMES[code.opcode_at(pc)])


driver = JitDriver(greens=["pc", "code"],
                   reds=["pending", "frame", "self"],    # ints first, as RPython wants
                   virtualizables=["frame"],
                   get_printable_location=get_printable_location,
                   is_recursive=True)

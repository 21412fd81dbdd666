"""This is not the JIT :-)  It is the one place that tells RPython's JIT
generator about our interpreter: the JitDriver of the dispatch loop
(greens: the code object and the instruction index; reds: the frame, the
interpreter and the count of instructions not yet handed to the limits),
the one of the builtins' loops that consume a generator, and how to print
a location in JIT logs."""

from rpython.rlib.jit import JitDriver, set_param

from rpython_sandbox.opcodes import OPNAMES


def get_printable_location(pc, code):
    return "%s:%d in %s at %s" % (code.filename, code.line_at(pc), code.name,
                                  OPNAMES[code.opcode_at(pc)])


driver = JitDriver(greens=["pc", "code"],
                   reds=["pending", "frame", "self"],    # ints first, as RPython wants
                   virtualizables=["frame"],
                   get_printable_location=get_printable_location,
                   is_recursive=True)


# The loops of builtins that run a generator to its end or nearly (list(),
# tuple(), set(), str.join, sorted, min/max: W_Generator.unpack; sum; any
# and all): without a driver of their own, each item is an opaque entry into
# the portal from the interpreter; with one, the loop is compiled and each
# resume is a call_assembler of the generator's compiled code.  Green: the
# generator's code (generatorobject.consume_key), so each generator gets
# its own loop, as with PyPy's 'generator' driver.  RPython wants one
# jit_merge_point per driver, hence one driver per loop.
def make_consume_driver(name):
    # a location function of its own per driver: the annotator types each
    # one with its driver's green (sum's may be None, unpack's never is)
    def get_printable_location_consume(code):
        if code is None:
            return "an iterator consumed in %s" % name
        return "%s: consumed in %s" % (code.name, name)
    return JitDriver(greens=["code"], reds="auto", name="consume_" + name,
                     get_printable_location=get_printable_location_consume)


unpack_driver = make_consume_driver("unpack")
sum_driver = make_consume_driver("sum")
any_all_driver = make_consume_driver("any_all")


# Every bytecode instruction costs at least one operation in a trace (the
# instruction count, see interpreter.execute), so a loop body of a few
# thousand instructions -- pyperformance's unpack_sequence is 4,400 --
# exceeds RPython's default limit of 6,000 operations and would never be
# compiled. Longer traces cost compile time once, not run time.
TRACE_LIMIT = 12000


def configure():
    """Called once at start-up, before any guest code runs."""
    set_param(driver, "trace_limit", TRACE_LIMIT)

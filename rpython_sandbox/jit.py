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


# RPython's default trace limit.  Longer traces inline deeper, and in
# branchy code (pyperformance's go) every branch left out of a long trace is
# a guard that fails into the blackhole interpreter until its bridge is
# compiled: measured 2026-12-07 with `PYPY_SANDBOX_JIT_PARAMS=trace_limit=N`,
# go ran 0.63x CPython at 12,000, 1.17x at 8,000, 1.61x at 6,000.  Every
# bytecode instruction costs at least one operation in a trace (the
# instruction count, see interpreter.execute), so a straight-line loop body
# must stay under about 5,000 instructions to be compiled: pyperformance's
# unpack_sequence (4,400) is, at 5,000 it is not.
TRACE_LIMIT = 6000


# RPython's optimizations minus "unroll" (loop peeling).  With peeling,
# rpython 0.2.1's UnrollOptimizer crashed the interpreter (SIGSEGV in
# export_state while compiling a loop) on pyperformance's richards_super
# and raytrace, and peeling specialised scimark's monte_carlo loop on
# small-int constants until it grew a thousand bridges (0.16x CPython).
# Without it, measured 2026-12-07 on all 23 pyperformance files: no crash,
# monte_carlo 12.7x, geometric mean 4.05x CPython (docs/benchmarks.md).
ENABLE_OPTS = "intbounds:rewrite:virtualize:string:pure:earlyforce:heap"


def configure():
    """Called once at start-up, before any guest code runs."""
    set_param(driver, "trace_limit", TRACE_LIMIT)
    set_param(None, "enable_opts", ENABLE_OPTS)     # every driver

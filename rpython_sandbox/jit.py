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


# Half RPython's default trace limit.  The limit counts every operation a
# trace records, one merge point per dispatched instruction included; when
# it is reached, the tracer stops inlining the biggest function in the
# trace and tries again.  Long traces inline deep, and in branchy code
# (pyperformance's go) every branch left out of a long trace is a guard
# that fails into the blackhole interpreter until its bridge is compiled:
# perf on go at 6000 counted ~100,000 blackhole resumes a second, from
# ~1,200 guards whose failures the JIT's decaying counters never let reach
# the bridge threshold.  Measured 2026-12-07 with
# `PYPY_SANDBOX_JIT_PARAMS=trace_limit=N` over all 23 files (after
# interpreter.run_moves stopped giving stack/local moves merge points of
# their own): at 6000 go ran 1.1x CPython; at 3000 go 1.87x, geometric mean
# 3.95x; at 2000 go 2.2x but scimark sor fell from 22x to 6x and
# coroutines from 8x to 2.5x.  pyperformance's unpack_sequence (a
# 4,800-instruction loop body) needs about 1,500 now.
TRACE_LIMIT = 3000


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

"""A small stand-in for the `pyperf` module, enough to run pyperformance's
benchmark files unmodified (bench/pyperformance/benchmarks/).

The same file runs inside the sandbox (granted as a user module by
bench/pyperformance.py and tests/translated/test_pyperformance.py) and on
CPython and PyPy3 (put first on their PYTHONPATH), so every interpreter is
timed by the same code. It implements what the benchmark files use:
`Runner` (with `metadata`, `argparser`, `parse_args`, `bench_func`,
`bench_time_func`) and `perf_counter`.

Unlike pyperf it spawns no worker processes and keeps no statistics: one
process runs the benchmark, and prints one line per benchmark name

    PYPERF-RESULT <name> <loops> <seconds per loop> <seconds per loop> ...

which the host-side runner parses. Options (parsed from sys.argv together
with the benchmark's own arguments):

  --loops N          loops per value (default: calibrated so that one value
                     takes at least --min-time seconds)
  --values N         values to record (default 5)
  --min-time S       calibration target for one value (default 0.1)
  --warmup-time S    run the benchmark for about S seconds before recording,
                     so JIT compilers have compiled it (default 0)
  --check            run each benchmark once (loops=1, no warm-up) and print
                     `<name>: ok` plus, for bench_func, the repr of what the
                     function returned: for comparing results between
                     interpreters.
"""

import sys
import time

perf_counter = time.perf_counter

__all__ = ["Runner", "perf_counter"]


class _Namespace:
    def __repr__(self):
        return "Namespace(%s)" % ", ".join(
            "%s=%r" % item for item in sorted(vars(self).items()))


class _Argument:
    def __init__(self, names, kwargs):
        self.positional = not names[0].startswith("-")
        if "dest" in kwargs:
            self.dest = kwargs["dest"]
        elif self.positional:
            self.dest = names[0]
        else:
            longest = [n for n in names if n.startswith("--")] or names
            self.dest = longest[0].lstrip("-").replace("-", "_")
        self.names = names
        self.type = kwargs.get("type")
        self.default = kwargs.get("default")
        self.choices = kwargs.get("choices")
        self.nargs = kwargs.get("nargs")
        self.action = kwargs.get("action")

    def convert(self, text):
        value = self.type(text) if self.type is not None else text
        if self.choices is not None and value not in self.choices:
            raise SystemExit("pyperf: argument %s: invalid choice: %r"
                             % (self.names[0], value))
        return value


class ArgumentParser:
    """The part of argparse.ArgumentParser the benchmark files use:
    options with type/default/choices/action, positionals with nargs='?'."""

    def __init__(self):
        self._arguments = []

    def add_argument(self, *names, **kwargs):
        argument = _Argument(names, kwargs)
        self._arguments.append(argument)
        return argument

    def _option(self, name):
        for argument in self._arguments:
            if not argument.positional and name in argument.names:
                return argument
        raise SystemExit("pyperf: unrecognized argument: %s" % name)

    def parse_args(self, args):
        namespace = _Namespace()
        for argument in self._arguments:
            if argument.action == "store_true":
                setattr(namespace, argument.dest, False)
            else:
                setattr(namespace, argument.dest, argument.default)
        positionals = [a for a in self._arguments if a.positional]
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg.startswith("--") and len(arg) > 2:
                name, eq, value = arg.partition("=")
                argument = self._option(name)
                if argument.action == "store_true":
                    setattr(namespace, argument.dest, True)
                    continue
                if not eq:
                    if i >= len(args):
                        raise SystemExit("pyperf: argument %s: expected "
                                         "one argument" % name)
                    value = args[i]
                    i += 1
                setattr(namespace, argument.dest, argument.convert(value))
            elif positionals:
                argument = positionals.pop(0)
                setattr(namespace, argument.dest, argument.convert(arg))
            else:
                raise SystemExit("pyperf: unrecognized argument: %s" % arg)
        return namespace


class Runner:
    def __init__(self, values=None, processes=None, loops=0, min_time=0.1,
                 metadata=None, show_name=True, program_args=None,
                 add_cmdline_args=None, **kwargs):
        self.metadata = dict(metadata) if metadata else {}
        self.argparser = ArgumentParser()
        self.argparser.add_argument("--loops", type=int, default=loops)
        self.argparser.add_argument("--values", type=int,
                                    default=values or 5)
        self.argparser.add_argument("--min-time", type=float,
                                    default=min_time)
        self.argparser.add_argument("--warmup-time", type=float, default=0.0)
        self.argparser.add_argument("--check", action="store_true")
        self.args = None

    def parse_args(self, args=None):
        if self.args is None:
            if args is None:
                args = sys.argv[1:]
            self.args = self.argparser.parse_args(args)
        return self.args

    def bench_time_func(self, name, time_func, *args, inner_loops=None):
        """`time_func(loops, *args)` runs the benchmark `loops` times and
        returns the seconds it took."""
        def sample(loops):
            return time_func(loops, *args), None
        return self._run(name, sample, inner_loops)

    def bench_func(self, name, func, *args, inner_loops=None):
        """`func(*args)` is one loop of the benchmark."""
        def sample(loops):
            result = None
            t0 = perf_counter()
            for _ in range(loops):
                result = func(*args)
            return perf_counter() - t0, result
        return self._run(name, sample, inner_loops)

    def _run(self, name, sample, inner_loops):
        args = self.parse_args()
        if args.check:
            _, result = sample(1)
            if result is None:
                print("%s: ok" % name)
            else:
                print("%s: ok %r" % (name, result))
            return None
        loops = args.loops
        if loops <= 0:
            loops = 1
            while True:
                dt, _ = sample(loops)
                if dt >= args.min_time or loops >= 2 ** 32:
                    break
                loops *= 2
        start = perf_counter()
        while perf_counter() - start < args.warmup_time:
            sample(loops)
        per_loop = loops * (inner_loops or 1)
        values = []
        for _ in range(args.values):
            dt, _ = sample(loops)
            values.append(dt / per_loop)
        print("PYPERF-RESULT %s %d %s" % (
            name, loops, " ".join(repr(v) for v in values)))
        return values

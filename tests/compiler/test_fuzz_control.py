"""Randomly nested loops, try/except/else/finally, break/continue/return and
raises: each generated function is compiled, verified (stack depths!), run on
the reference VM and compared with CPython running the same source."""

import random

import pytest

import refvm
from trusted._compiler import compile_module
from verify import verify

PRELUDE = """\
state = [SEED]
def c(n):
    state[0] = (state[0] * 1103515245 + 12345 + n) % 2147483648
    return (state[0] >> 16) % 3 == 0
"""


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.n = 0
        self.lines = []

    def num(self):
        self.n += 1
        return self.n

    def emit(self, indent, text):
        self.lines.append("    " * indent + text)

    def block(self, indent, depth, loop, handler, size=None):
        for _ in range(size or self.rng.randint(1, 3 if depth < 2 else 2)):
            self.stmt(indent, depth, loop, handler)

    def stmt(self, indent, depth, loop, handler):
        r = self.rng
        choices = ["append", "append", "raise", "return"]
        if depth < 4:
            choices += ["if", "for", "while", "try_except", "try_finally", "try_all", "comp"]
        if depth >= 3:
            choices.remove("return")
        if loop:
            choices += ["break", "continue"]
        if handler:
            choices += ["reraise"]
        kind = r.choice(choices)
        n = self.num()
        if kind == "append":
            self.emit(indent, "t.append(%d)" % n)
        elif kind == "comp":
            self.emit(indent, "t.append([x * %d for x in range(3) if c(x)])" % n)
        elif kind == "raise":
            exc = r.choice(["ValueError", "KeyError", "IndexError"])
            self.emit(indent, "if c(%d):" % n)
            self.emit(indent + 1, "raise %s(%d)" % (exc, n))
        elif kind == "return":
            self.emit(indent, "if c(%d):" % n)
            self.emit(indent + 1, "return %d" % n)
        elif kind in ("break", "continue"):
            self.emit(indent, "if c(%d):" % n)
            self.emit(indent + 1, "t.append('%s%d')" % (kind[0], n))
            self.emit(indent + 1, kind)
        elif kind == "reraise":
            self.emit(indent, "if c(%d):" % n)
            self.emit(indent + 1, "raise")
        elif kind == "if":
            self.emit(indent, "if c(%d):" % n)
            self.block(indent + 1, depth + 1, loop, handler)
            if r.random() < 0.5:
                self.emit(indent, "else:")
                self.block(indent + 1, depth + 1, loop, handler)
        elif kind == "for":
            self.emit(indent, "for i%d in range(3):" % n)
            self.emit(indent + 1, "t.append(i%d)" % n)
            self.block(indent + 1, depth + 1, True, handler)
            if r.random() < 0.3:
                self.emit(indent, "else:")
                self.block(indent + 1, depth + 1, loop, handler)
        elif kind == "while":
            self.emit(indent, "k%d = 0" % n)
            self.emit(indent, "while k%d < 3:" % n)
            self.emit(indent + 1, "k%d += 1" % n)
            self.block(indent + 1, depth + 1, True, handler)
            if r.random() < 0.3:
                self.emit(indent, "else:")
                self.block(indent + 1, depth + 1, loop, handler)
        else:
            self.emit(indent, "try:")
            self.block(indent + 1, depth + 1, loop, handler)
            if kind in ("try_except", "try_all"):
                for _ in range(r.randint(1, 2)):
                    form = r.choice(["ValueError", "(KeyError, IndexError)",
                                     "LookupError", "Exception"])
                    if r.random() < 0.5:
                        self.emit(indent, "except %s as e%d:" % (form, n))
                        self.emit(indent + 1, "t.append(repr(e%d))" % n)
                    else:
                        self.emit(indent, "except %s:" % form)
                    self.block(indent + 1, depth + 1, loop, True)
                if r.random() < 0.3:
                    self.emit(indent, "except:")
                    self.block(indent + 1, depth + 1, loop, True)
                if r.random() < 0.4:
                    self.emit(indent, "else:")
                    self.block(indent + 1, depth + 1, loop, handler)
            if kind in ("try_finally", "try_all"):
                self.emit(indent, "finally:")
                self.emit(indent + 1, "t.append('f%d')" % n)
                self.block(indent + 1, depth + 1, loop, handler)


def make_program(seed):
    rng = random.Random(seed)
    g = Gen(rng)
    g.emit(0, "def f(t):")
    g.block(1, 0, False, False, size=rng.randint(2, 5))
    g.emit(1, "return 'end'")
    return PRELUDE.replace("SEED", str(seed)) + "\n".join(g.lines) + "\n"


def outcome(f):
    t = []
    try:
        result = ("return", f(t))
    except Exception as e:
        result = ("raise", e.__class__.__name__, e.args)
    return t, result


@pytest.mark.parametrize("seed", range(400))
def test_random_control_flow(seed):
    source = make_program(seed)
    code = compile_module(source, "fuzz.py")
    verify(code)
    ns = {}
    exec(compile(source, "fuzz.py", "exec"), ns)
    expected = outcome(ns["f"])
    got = outcome(refvm.run_module(code)["f"])
    assert got == expected, source

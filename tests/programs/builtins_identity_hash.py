# Functions, builtins, methods, classes, modules and generators are dict
# keys and set members by identity, as in CPython; slices compare as
# (start, stop, step) tuples and stay unhashable (3.11).
import math
import imp_shapes


def f():
    pass


def g():
    pass


class A:
    def m(self):
        return 1

    @staticmethod
    def s():
        return 2

    @classmethod
    def c(cls):
        return 3

    @property
    def p(self):
        return 4


class Eq:
    def __eq__(self, other):
        return True

    def m(self):
        return 5


def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


handlers = {f: "f", g: "g", len: "len", max: "max", math.sqrt: "sqrt", A: "A"}
print(handlers[f], handlers[g], handlers[len], handlers[math.sqrt], handlers[A])
print(len({f, g, f, lambda: 0, len, len}))
t("hash stable", lambda: hash(f) == hash(f) and hash(len) == hash(len))
t("builtin eq", lambda: (len == len, len == max, f == f, f != g))

a = A()
t("method key", lambda: {a.m: 1}[a.m])
t("method eq", lambda: (a.m == a.m, a.m == A().m, hash(a.m) == hash(a.m)))
e = Eq()
t("method of unhashable", lambda: {e.m: 1}[e.m])
lst = []
t("builtin method eq", lambda: (lst.append == lst.append, lst.append == [].append))
t("builtin method key", lambda: {lst.append: 1}[lst.append])
t("unbound eq", lambda: (str.upper == str.upper, str.upper == str.lower))
t("unbound key", lambda: {str.upper: "U", str.lower: "L"}[str.upper])
t("descriptors", lambda: len({A.__dict__["s"], A.__dict__["c"], A.__dict__["p"]}))
t("module key", lambda: {math: 1, imp_shapes: 2}[imp_shapes])
gen = (i for i in range(3))
t("generator key", lambda: {gen: 1}[gen])
t("type keys", lambda: {int: "i", str: "s", A: "A"}[str])
dispatch = {int: lambda v: v + 1, str: str.upper}
print(dispatch[int](1), dispatch[str]("x"))
registry = {}


def register(fn):
    registry[fn] = fn.__name__
    return fn


@register
def h():
    pass


print(registry[h], h in registry, f in registry)
print(sorted(registry.values()))

# slices
t("slice eq", lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None)))
t("slice ne", lambda: (slice(1, 2) != slice(1, 3), slice(None) == slice(None, None)))
t("slice order", lambda: (slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1, 2) <= slice(1, 2)))
t("slice vs tuple", lambda: slice(1, 2) == (1, 2, None))
t("slice hash", lambda: hash(slice(1, 2)))
t("slice key", lambda: {slice(1, 2): 1})
t("slice in list", lambda: slice(0, 3) in [slice(0, 1), slice(0, 3)])
t("slice mixed order", lambda: slice(1, 2) < slice("a", 2))

print(A.__module__, f.__module__, imp_shapes.sides.__module__)

# Iterators, dict views, generators and functions have CPython's types:
# type names, __next__/__iter__ on the type, and collections.abc's
# structural checks (Iterable, Iterator, Generator, Callable, Hashable).
from collections.abc import (Iterable, Iterator, Generator, Callable, Hashable, Sized,
                             Container)


def gen():
    yield 1
    return "done"


samples = {
    "list": iter([1]), "tuple": iter((1,)), "str": iter("ab"), "str2": iter("é"),
    "dict": iter({1: 2}), "values": iter({1: 2}.values()), "items": iter({1: 2}.items()),
    "range": iter(range(2)), "set": iter({1}), "map": map(abs, [1]),
    "filter": filter(None, [1]), "enumerate": enumerate([1]), "zip": zip([1]),
    "gen": gen(), "genexpr": (x for x in [1]),
}
for label, it in samples.items():
    t = type(it)
    print(label, t.__name__, hasattr(t, "__next__"), hasattr(t, "__iter__"),
          isinstance(it, Iterable), isinstance(it, Iterator), isinstance(it, Generator),
          iter(it) is it, it.__next__())

for view in ({}.keys(), {}.values(), {}.items()):
    print(type(view).__name__, isinstance(view, Iterable), isinstance(view, Sized),
          isinstance(view, Iterator), len(view))
print(isinstance(range(3), Container), range(3).__len__(), range(3).__contains__(2))

g = gen()
print(next(g))
try:
    g.__next__()
except StopIteration as e:
    print("StopIteration", e.value)

for obj in (len, gen, lambda: 0, print, [].append, str.upper, type, 5, "s"):
    print(isinstance(obj, Callable), end=" ")
print()
for obj in (1, "s", (1,), [], {}, set(), frozenset(), None, len):
    print(isinstance(obj, Hashable), end=" ")
print()


def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, (3, 4)], map(abs, [-5]), (y for y in [6]), "ab", range(7, 9)])))
print(len.__call__([1, 2]), (lambda x: x * 2).__call__(4))

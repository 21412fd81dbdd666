# Comprehensions in a class body do not see the class's names (except the
# first iterable, evaluated in the class body), as in CPython.
x = "global x"
items = ["g1", "g2"]


class K:
    x = "class x"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]                 # first iterable: the class's
    seen = [x for _ in range(2)]                     # x: the global, not the class's
    pairs = {i: x for i in items}
    nested = [[j for j in items] for _ in range(1)]  # the inner iterable: global items
    gen = list(x for _ in range(1))
    ok = [len(i) for i in ["ab", "c"]]


print(K.doubled, K.seen, K.pairs, K.nested, K.gen, K.ok)


def in_function():
    y = "function y"

    class L:
        y = "class y"
        vals = [y for _ in range(2)]                 # the function's y

    return L.vals


print(in_function())


class M:
    n = 3
    try:
        vals = [n for _ in range(2)]
    except NameError as e:
        err = str(e)


print(M.err)

def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def gather(tallies):
    while True:
        t = yield from accumulate()
        tallies.append(t)


tallies = []
g = gather(tallies)
next(g)
for batch in ([1, 2, 3], [10, 20], [], [7]):
    for x in batch:
        g.send(x)
    g.send(None)
print(tallies)


def inner():
    try:
        got = yield "inner-1"
        print("  inner got", got)
        yield "inner-2"
    except KeyError as e:
        print("  inner handled", e)
        yield "inner-recovered"
    return "inner-result"


def outer():
    r = yield from inner()
    print("  outer got result", r)
    yield "outer-done"


o = outer()
print(next(o), o.send("hello"), next(o), next(o, "stop"))
o2 = outer()
print(next(o2), o2.throw(KeyError("k")), next(o2), next(o2, "stop"))


def chain(*its):
    for it in its:
        yield from it


def depth_first(tree):
    name, kids = tree
    yield name
    for k in kids:
        yield from depth_first(k)


print(list(chain(range(3), "ab", (x * x for x in range(3)), {"k": 1})))
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
print(list(depth_first(t)))

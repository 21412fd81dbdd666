trace = []


def src(name, n):
    for i in range(n):
        trace.append(f"{name}{i}")
        yield i


def mapper(fn, it):
    for x in it:
        trace.append(f"map({x})")
        yield fn(x)


def limit(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


out = list(limit(2, mapper(lambda v: v * 10, src("s", 5))))
print(out, trace)
trace.clear()
z = list(zip(src("a", 3), src("b", 2)))
print(z, trace)
trace.clear()
g = (x for x in src("c", 3))
print(trace)
first = next(g)
print(first, trace)
rest = [x + 100 for x in g]
print(rest, trace)
trace.clear()
print(sorted(src("d", 3), reverse=True), trace)
trace.clear()
m = map(lambda x: trace.append("m%d" % x) or x, range(3))
f = filter(lambda x: trace.append("f%d" % x) or x % 2 == 0, m)
print(trace, list(f), trace)

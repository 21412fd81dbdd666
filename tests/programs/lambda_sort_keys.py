people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("dee", 25, "nyc")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])), min(people, key=lambda p: p[2]))
by_city = {}
for p in people:
    by_city.setdefault(p[2], []).append(p[0])
print(sorted(by_city.items(), key=lambda kv: (len(kv[1]), kv[0])))
apply = lambda f, *args, **kw: f(*args, **kw)
print(apply(max, 3, 7, 2), apply(sorted, [3, 1], reverse=True))
ops = [lambda a, b: a + b, lambda a, b: a * b, lambda a, b: a ** b]
print([op(2, 5) for op in ops])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))

def gen(n):
    for i in range(n):
        yield i

print(list(gen(4)), tuple(gen(3)), set(gen(3)) == {0, 1, 2})
print(sum(gen(10)), max(gen(5)), min(gen(5)), sorted(gen(4), reverse=True))
print(dict(zip(gen(3), "abc")), list(enumerate(gen(3), 1)))
print(any(gen(1)), all(gen(3)), any(gen(0)), all(gen(0)))
print(list(reversed(list(gen(3)))), len(list(gen(7))))
print(" ".join(str(x) for x in gen(5)))
print(list(zip(gen(3), gen(10))))
g = gen(5)
print(next(g), list(zip(g, "xy")), list(g))
print(3 in gen(5), 7 in gen(5))
a, b, c = gen(3)
print(a, b, c)
print([x for x in gen(6) if x % 2], {x: x * x for x in gen(3)})
it = iter(gen(2))
print(it is iter(it), next(it), next(it), next(it, None))
print([str(x) for x in gen(3)])

pairs = [(1, "one"), (2, "two")]
for num, *name in pairs:
    print(num, name)
print([f"{k}={v}" for k, v in pairs])
print(dict((v, k) for k, v in pairs))
def split_first(*args):
    first, *others = args
    return first, others
print(split_first(1, 2, 3), split_first("x"))
triples = [(1, 2, 3), (4, 5, 6)]
print([sum(t) for t in triples], [max(*t) for t in triples])
print(*[x * 2 for x in range(3)])
print(*{"b": 1, "a": 2})
print(*sorted({3, 1, 2}), sep="|")
grid = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*grid)))
transposed = [list(col) for col in zip(*grid)]
print(transposed)
a, b, *c = (x for x in "hello")
print(a, b, c)
merged = {**dict(a=1), **{"b": 2}, "c": 3}
print(merged, [*merged], (*merged.values(),))

records = [("ann", 34, ("Lisbon", "PT")), ("bob", 45, ("Leeds", "UK")), ("cy", 29, ("Lyon", "FR"))]
for name, age, (city, country) in records:
    print(f"{name:>4} {age} {city}/{country}")
(first, *middle, last) = range(10)
print(first, middle, last)
head, *tail = "hello"
print(head, tail)
*init, end = [1]
print(init, end)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
pairs = dict(zip(*[iter("a1b2c3")] * 2))
print(pairs)
matrix = [[1, 2, 3], [4, 5, 6]]
print([*zip(*matrix)], [*matrix[0], *matrix[1]], {*matrix[0]} == {1, 2, 3})
print({**{"x": 1}, **dict(y=2), "z": 3})
x, y = y, x = 1, 2
print(x, y)
data = {"k1": [1, 2], "k2": [3]}
for k, (v0, *vs) in sorted(data.items()):
    print(k, v0, vs)


def stats(*nums, scale=1, **meta):
    lo, *_, hi = sorted(nums)
    return lo * scale, hi * scale, sorted(meta)


print(stats(5, 3, 9, 1, scale=10, unit="m", src="x"), stats(*range(4), **{"scale": 2}))
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys, list(map(sum, coords)))
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)

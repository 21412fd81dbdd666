# Tuples: comparison, hashing, concatenation, repetition, unpacking.
a = (1, 2, 3)
b = (1, 2, 4)
print(a < b, a == (1, 2, 3), a < (1, 2), (1, 2) < a, () < (0,), (1, "a") < (1, "b"), (2,) > (1, 99))
print(a + b, a * 2, 2 * a, a * 0, (0,) * 3, a[1:], a[::-1], len(a), a.count(2), a.index(3))
print((1,), (), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([(2, 1), (1, 9)]), sorted([(2, "b"), (1, "c"), (2, "a")]))
x, y, z = a
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, second = "hi"
print(first, second)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
try:
    m, n = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    m, n, o = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    m, n = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    print(a + [1])
except TypeError as e:
    print("TypeError:", e)
print((1, 2) == [1, 2], (1,) == (1.0,), hash((1, 2.0)) == hash((1, 2)), 2 in a, (1, 2) in [(1, 2)])
t = (1, [2])
t[1].append(3)
print(t, repr((1,)), str(("a", 'b"')))
swap1, swap2 = 1, 2
swap1, swap2 = swap2, swap1
print(swap1, swap2)

# enumerate, zip, reversed, iter/next, sorted, list/tuple conversions.
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate(["x"], 10)), list(enumerate([], 5)))
print(list(enumerate("ab", -2)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip(range(10), range(3), range(5))), dict(zip("xy", [[1], [2]])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed([])))
print(list(reversed(range(1, 10, 3))), "".join(reversed("hello")))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
it2 = iter("ab")
print(list(it2), list(it2))
it3 = iter(range(5))
next(it3)
print(list(it3))
e = enumerate("xyz")
print(next(e), list(e))
z = zip("ab", "cd")
print(next(z), list(z))
r = reversed([1, 2, 3])
print(next(r), list(r))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(list(d.items()))), next(iter(d)), next(iter(d.values())), next(iter(d.items())))
print(list("abc"), tuple([1, 2]), list((1, 2)), list({"k": 1}), list(range(3)), list(d.values()), tuple(d.items()))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
pairs = list(zip(["a", "b", "c"], [3, 1, 2]))
unz = list(zip(pairs[0], pairs[1], pairs[2]))
print(pairs, unz)
for i, (a, b) in enumerate(zip("xy", "pq"), 1):
    print(i, a, b)

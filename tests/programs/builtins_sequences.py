# len, range, enumerate, zip, sorted, min, max, sum on various inputs.
print(len([1, 2, 3]), len("four"), len((1,)), len({"a": 1}), len(range(10, 0, -2)))
r = range(2, 20, 5)
print(list(r), r[1], r[-1], len(r), 7 in r, 8 in r)
print(list(range(5, -5, -2)))
for i, (a, b) in enumerate(zip("xyz", [10, 20, 30])):
    print(i, a, b)
print(list(zip()), list(zip([1], [2], [3])), list(zip(range(5), "ab")))
print(sorted([3, 1, 2]), sorted("hello"), sorted((5, -1)), sorted([]))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted([-3, 2, -1], key=abs, reverse=True))
print(min(4, 2, 8), max("apple", "pear"), min([[2], [1, 5]]), max((1, 2), (1, 3)))
try:
    min([])
except ValueError:
    print("ValueError for min([])")
print(sum([0.5] * 10), sum(range(10), 5), sum([True, True, False]))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(7, -1), round(15, -1))
print(round(2.0), round(1e20), round(3.14159, 3), round(-2.71828, 1))
big = list(range(1000))
print(sum(big), max(big), min(big), len(big[::7]))

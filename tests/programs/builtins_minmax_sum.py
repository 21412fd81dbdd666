# min/max/sum/any/all with keys, defaults, start values, and generators-free iterables.
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max("hello"), min("b", "a", "c"), max((1, 2), (1, 3)))
def neg(x):
    return -x
def second(p):
    return p[1]
print(min([1, 5, 3], key=neg), max([1, 5, 3], key=neg), max([(1, "b"), (2, "a")], key=second))
print(max([], default=None), min([], default="empty"), max([1], default=0), min([2, 1], key=neg, default=9))
print(max(1, 2.0), max(2.0, 2), min(2, 2.0), max([1, 3, 3.0]), max([3.0, 3]), min(True, 1), max(0, False))
print(max([[1, 2], [1, 2, 0], [0, 9]]), min({"b": 1, "a": 2}), max({"b": 1, "a": 2}.values()))
first_max = max([("a", 2), ("b", 2), ("c", 1)], key=second)
first_min = min([("a", 1), ("b", 1)], key=second)
print(first_max, first_min)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([], 5), sum([[1], [2, 3]], []), sum(range(101)))
print(sum([1, 2.5]), sum([True, True, False]), sum([10 ** 20, 1]), sum([0.1, 0.2, 0.3]), sum((1e100, 1.0, -1e100)))
print(sum([1, 2], start=100), sum([], start=0.0))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]), any("abc"), all(""))
print(any([x > 3 for x in range(5)]), all([x >= 0 for x in range(5)]))
for bad in [(), ([],)]:
    try:
        if bad == ():
            max()
        else:
            max(bad[0])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    min([1, "a"])
except TypeError as e:
    print("TypeError:", e)

# sort / sorted with key and reverse: stability and mixed numbers.
records = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 2)]
def second(r):
    return r[1]
def name_len(r):
    return len(r[0])
print(sorted(records, key=second))
print(sorted(records, key=second, reverse=True))
print(sorted(records, key=name_len))
print(sorted(records, key=name_len, reverse=True))
lst = list(records)
lst.sort(key=second)
lst.sort(key=name_len)
print(lst)
nums = [3, -1, 2.5, 0, -0.0, 10 ** 20, 1e-3, True, False]
print(sorted(nums), sorted(nums, reverse=True))
print(sorted(nums, key=abs))
nested = [[2, "b"], [1, "z"], [2, "a"], [1], []]
print(sorted(nested))
print(sorted([(1, 2), (1,), (0, 5, 5), (1, 2, 0)]))
print(sorted("hello world"), sorted({"b": 1, "a": 2}), sorted((3, 1, 2)), sorted(range(5, 0, -1)))
data = [5, 3, 8, 1]
res = data.sort()
print(res, data)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
def neg(x):
    return -x
print(sorted([1, 5, 2, 5, 3], key=neg), max([1, 5, 2], key=neg), min([4, 9], key=neg))

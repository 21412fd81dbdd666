f1 = frozenset([1, 2, 3])
f2 = frozenset([3, 2, 1])
print(f1 == f2, hash(f1) == hash(f2))
d = {f1: "first"}
d[f2] = "second"
print(len(d), d[frozenset({1, 2, 3})])
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])))
print(hash(frozenset(["a"])) == hash(frozenset(["a"])))
groups = {frozenset(["x", "y"]): 1, frozenset(["y", "x"]): 2}
print(len(groups))
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
nested = frozenset([frozenset([1]), frozenset([2])])
print(frozenset([1]) in nested, frozenset([3]) in nested)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print(frozenset(f1) is f1, f1.copy() is f1)

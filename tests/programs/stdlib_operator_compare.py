import operator as op

pairs = [(1, 2), (2, 2), (3, 2), ("a", "b"), ((1, 2), (1, 3))]
for a, b in pairs:
    print(a, b, op.eq(a, b), op.ne(a, b), op.lt(a, b), op.le(a, b), op.gt(a, b), op.ge(a, b))
for v in [0, 1, "", "x", [], [0], None, 0.0]:
    print(repr(v), op.not_(v), op.truth(v))
print(op.contains([1, 2, 3], 2), op.contains("hello", "ell"), op.contains({"k": 1}, "z"))
d = {"a": 1}
print(op.getitem(d, "a"), op.getitem([5, 6, 7], -1), op.getitem("abcdef", slice(1, 4)))
op.setitem(d, "b", 2)
print(sorted(d.items()))
op.delitem(d, "a")
print(d)
lst = [1, 2, 3, 4]
op.setitem(lst, 0, 9)
op.delitem(lst, slice(1, 3))
print(lst)
try:
    op.getitem(d, "zz")
except KeyError as e:
    print("KeyError", e)

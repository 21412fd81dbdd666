import operator as op
from functools import reduce

print(op.is_(None, None), op.is_([], []), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.inv(-1))
print(op.lshift(3, 4), op.rshift(100, 3), op.and_(True, False), op.or_({1}, {2}) == {1, 2})
print(reduce(op.xor, range(20)), reduce(op.or_, [1, 2, 4, 8]))
print(op.countOf([1, 2, 1, 3, 1], 1), op.countOf("banana", "a"), op.indexOf("hello", "l"))
try:
    op.indexOf([1, 2], 5)
except ValueError as e:
    print("ValueError", e)
lst = [1]
r = op.iadd(lst, [2, 3])
print(r, lst, r is lst)
print(op.iadd(5, 2), op.isub(5, 2), op.imul("ab", 3), op.imul([0], 2))
t = (1,)
print(op.iconcat(t, (2,)), t)
m = [1]
print(op.iconcat(m, [9]), m)

s = {1, 2}
s.add(3)
s.add(2)
print(sorted(s))
s.discard(10)
s.discard(1)
print(sorted(s))
s.remove(2)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
s.update([4, 5], (6,), "a")
print(sorted(s, key=str))
c = s.copy()
c.clear()
print(len(s), len(c), c)
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a.union(b)), sorted(a.union([9], (8,))))
print(sorted(a.intersection(b)), sorted(a.intersection(b, {4})))
print(sorted(a.difference(b)), sorted(a.difference([1], [2])))
print(sorted(a.symmetric_difference(b)), sorted(a.symmetric_difference([1, 10])))
print(a.issubset({1, 2, 3, 4, 5}), a.issubset(b), {3}.issubset(b))
print(a.issuperset({1, 2}), a.issuperset([1, 7]), a.isdisjoint({9}), a.isdisjoint([4]))
x = {1, 2, 3}
x.intersection_update({2, 3, 4})
print(sorted(x))
x.difference_update([3])
print(sorted(x))
x.symmetric_difference_update({2, 7})
print(sorted(x))
print(set().union(), sorted(set().union([1], [2])))
print(a.union(b) is a, sorted(a))

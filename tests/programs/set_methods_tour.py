a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (10,))), sorted(a.intersection(range(3, 10))), sorted(a.difference({1}, {2})))
print(a.issubset(range(10)), {4, 5} <= b, {4, 5} < {4, 5}, a.isdisjoint({0, 100}), a.issuperset({1, 2}))
c = set(a)
c.add(0)
c.discard(99)
c.remove(1)
try:
    c.remove(1)
except KeyError as e:
    print("KeyError", e)
print(sorted(c))
c.update("ab", [10])
print(sorted(c, key=str))
c.intersection_update(range(20))
print(sorted(c))
c.difference_update({2, 3})
c.symmetric_difference_update({4, 77})
print(sorted(c))
p = set()
while c:
    p.add(c.pop())
print(sorted(p), len(c))
f = frozenset("hello")
print(sorted(f), len(f), "h" in f, sorted(f | {"z"}), type(f | {"z"}).__name__)
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b"}
print(len(groups), groups[frozenset([1, 2])])
words = "one two three two one four".split()
seen = set()
uniq = [w for w in words if not (w in seen or seen.add(w))]
print(uniq)
print(sorted({len(w) for w in words}), {x % 3 for x in range(10)} == {0, 1, 2})
print(set() == frozenset(), sorted(set([3, 1, 2])), len({1, 1.0, True}))

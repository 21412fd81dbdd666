# collections.deque
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d, d.count('a'), d.index('a'), 'x' in d, 'q' in d, list(d.__reversed__()))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
d[1] = 'second'
del d[0]
print(d, d.index(2, 1), d.index(3, -3, -1))
d.insert(1, 'ins')
d.insert(-1, 'before-last')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('ins')
d.reverse()
print(d, bool(d), bool(deque()))
d.clear()
print(d, len(d))

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
print(m)
m.appendleft(7)
print(m)
m.extend([10, 11])
print(m)
m.extendleft([20, 21])
print(m)
print(deque(maxlen=0), deque('abc', 0), deque('abcdef', 2))
z = deque(maxlen=0)
z.append(1)
print(z, len(z))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]),
      deque([1, 2]) <= deque([1, 2]), deque([3]) > deque([2, 9]), deque([1]) != deque([1]))
print(deque([1]) + deque([2]), deque([1, 2]) * 2, 2 * deque('ab'), deque('ab') * 0)
e = deque([1])
e += [2, 3]
e *= 2
print(e)
f = deque([1, 2], maxlen=3)
print(f + deque([3, 4]), f.copy(), f.copy() is f, f.copy().maxlen)
f.extend(f)
print(f)
r = deque([1, 2])
r.append(r)
print(r)

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1])[-2], lambda: deque([1]).remove(2), lambda: deque([1, 2]).index(5),
            lambda: deque(maxlen=-1), lambda: deque([1]).rotate('x'),
            lambda: deque([1])['a'], lambda: deque([1]) + [2], lambda: deque('ab', 2).insert(0, 'c')]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [lambda: hash(deque()), lambda: deque([1]) < [1]]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError')
dd = deque([1, 2, 3])
it = iter(dd)
next(it)
dd.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)

# sliding window and BFS, as scripts use it
window = deque(maxlen=3)
sums = []
for x in [5, 1, 4, 2, 8, 3]:
    window.append(x)
    sums.append(sum(window))
print(sums)
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
queue = deque(['a'])
seen = {'a': 0}
while queue:
    node = queue.popleft()
    for nxt in graph[node]:
        if nxt not in seen:
            seen[nxt] = seen[node] + 1
            queue.append(nxt)
print(seen)

import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 1]:
    heappush(h, x)
    print(h)
out = []
while h:
    out.append(heappop(h))
    print(h)
print(out)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), data)
print(heappushpop(data, 6), data)
print(heappushpop([], 3))
tasks = []
for item in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    heappush(tasks, item)
print([heappop(tasks) for _ in range(len(tasks))])
for fn, args in [(heappop, ([],)), (heapreplace, ([], 1)), (heappush, ((1,), 2)), (heapify, ("ab",))]:
    try:
        if len(args) == 1:
            fn(args[0])
        else:
            fn(args[0], args[1])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
x = [3.5, 1, 2.25, 1.0, 7]
heapify(x)
print(x, heapq.heappop(x), x)

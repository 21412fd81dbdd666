def bisect_left(a, x, key=lambda v: v):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if key(a[mid]) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


data = [1, 3, 3, 3, 7, 9, 12, 12, 20]
for x in (0, 3, 5, 12, 25):
    print(x, bisect_left(data, x), bisect_right(data, x), bisect_right(data, x) - bisect_left(data, x))
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    s.insert(bisect_right(s, v), v)
print(s, s == sorted([5, 1, 4, 1, 5, 9, 2, 6, 5, 3]))
grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
print([(sc, (["F"] + [g for _, g in grades])[bisect_right([c for c, _ in grades], sc)]) for sc in (33, 60, 77, 80, 99)])
events = [(1, "boot"), (5, "login"), (9, "query"), (14, "logout"), (20, "shutdown")]
for t in (0, 5, 10, 25):
    i = bisect_right([e[0] for e in events], t)
    print(t, events[i - 1][1] if i else None)


def lis(seq):
    tails = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(20))), lis(list(range(20, 0, -1))))

from bisect import bisect_left, bisect_right, insort_left, insort_right

records = [("ann", 21), ("bob", 25), ("cid", 25), ("dee", 30)]


def age(r):
    return r[1]


def first(p):
    return p[0]


def negated(v):
    return -v


for x in [20, 25, 26, 30, 31]:
    print(x, bisect_left(records, x, key=age), bisect_right(records, x, key=age))
insort_right(records, ("eve", 25), key=age)
insort_left(records, ("fay", 25), key=age)
print(records)
insort_right(records, ("gus", 99), key=age)
insort_left(records, ("hal", 0), key=age)
print([r[0] for r in records])
pairs = [(1, "a"), (3, "b"), (5, "c")]
print(bisect_left(pairs, 3, key=first), bisect_right(pairs, 3, 0, 2, key=first))
neg = [9, 7, 4, 1]
print(bisect_left(neg, -4, key=negated), bisect_right(neg, -4, key=negated))
try:
    bisect_left(records, 1, -1, key=age)
except ValueError as e:
    print("ValueError", e)

import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 2), bisect_left(a, 5, 1, None))
print(bisect_right(a, 2, hi=-1), bisect_left(a, 9, lo=7))
print(bisect_left([], 1), bisect_right([], 1))
for bad in [-1, -5]:
    try:
        bisect_left(a, 1, bad)
    except ValueError as e:
        print("ValueError", e)
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort_right(b, x)
print(b)
c = []
for x in [3.0, 3, 1, 3.0, 2]:
    insort_left(c, x)
print(c)
bisect.insort(c, 3)
print(c, [type(v).__name__ for v in c])
words = ["apple", "banana", "cherry", "date"]
print(bisect_left(words, "c"), bisect_right(words, "banana"))
grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
print([grades[bisect_right(breakpoints, s)] for s in [33, 99, 77, 70, 89, 90, 100]])

from itertools import tee, zip_longest, islice, count

a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = tee("hello", 3)
print("".join(x), "".join(islice(y, 2)), "".join(z), "".join(y))
print(tee([1], 0))
c1, c2 = tee(count())
print(list(islice(c1, 5)), list(islice(c2, 3)), list(islice(c1, 2)))


def gen():
    for i in range(3):
        print("produce", i)
        yield i


p, q = tee(gen())
print(next(p), next(p), next(q), next(q), next(q), next(p))
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([], [])))
print(list(zip_longest("ab")))
try:
    tee([], -1)
except ValueError as e:
    print("ValueError", e)

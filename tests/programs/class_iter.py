# user iterators: __iter__/__next__ in for loops, list(), unpacking, next()
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for i in Countdown(3):
    print(i)
print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(5)), sorted(Countdown(3)))
a, b = Countdown(2)
print(a, b)
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class Range2:
    """An iterable whose __iter__ returns a separate iterator."""

    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __iter__(self):
        return Range2Iter(self.lo, self.hi)


class Range2Iter:
    def __init__(self, cur, hi):
        self.cur, self.hi = cur, hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration()
        self.cur += 1
        return self.cur - 1


r = Range2(2, 5)
print(list(r), list(r), [x * x for x in r], dict(zip(r, "abc")))
print(list(enumerate(r)), 3 in r, 9 in r, tuple(r))
for x in r:
    for y in r:
        if x == y:
            print("pair", x, y)


class BadIter:
    def __iter__(self):
        return 5


try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)


class NotIter:
    pass


try:
    next(NotIter())
except TypeError as e:
    print("TypeError:", e)

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r


class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i


c = Countdown(5)
print(list(c), list(c), sum(c), 3 in c, sorted(c))
f = Fib(100)
print(list(f), list(f), next(Fib(5)), next(iter(Fib(5))))
print(list(Squares()), 16 in Squares(), 17 in Squares(), list(zip(Squares(), Countdown(3))))
it = iter(Squares())
print(next(it), next(it), list(it))
print(dict(zip(Countdown(3), "abc")), list(enumerate(Fib(10))), min(Countdown(4)), max(Squares()))
print([x for x in Countdown(10) if x % 3 == 0], tuple(reversed(list(Countdown(3)))))
a, b, *rest = Fib(50)
print(a, b, rest)
print(" ".join(map(str, Countdown(3))), any(x > 4 for x in Squares()), all(Countdown(3)))

# __call__, callable(), objects as functions
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, scale=1):
        return (x + self.n) * scale


add5 = Adder(5)
print(add5(1), add5(2, scale=10), callable(add5), callable(Adder), callable(3))
print(list(map(add5, [1, 2])) if False else [add5(i) for i in range(3)])
print(sorted([3, 1, 2], key=Adder(-10)))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.calls = 0

    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]


def slow_square(n):
    return n * n


sq = Memo(slow_square)
print(sq(4), sq(4), sq(5), sq.calls)


@Memo
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(30), fib.calls)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    Adder()
except TypeError as e:
    print("TypeError:", e)
try:
    NotCallable(1)
except TypeError as e:
    print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

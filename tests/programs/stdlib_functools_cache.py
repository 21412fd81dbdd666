from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(calls))
print(fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info == (28, 31, None, 31), tuple(info))
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x


for v in [1, 2, 1, 3, 2, 1, 1]:
    print(sq(v))
print(sq.cache_info())


@lru_cache
def add(a, b=0):
    return a + b


print(add(1, 2), add(1, 2), add(a=1, b=2), add(1, b=2))
print(add.cache_info())


@lru_cache(maxsize=0)
def ident(x):
    return x


print(ident(1), ident(1), ident.cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())
print(kind.cache_parameters())


@cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print(ways(40), ways.cache_info().currsize)
print(ways.__wrapped__(3))

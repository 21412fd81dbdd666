memo_info = {}


def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        r = cache[args] = fn(*args)
        return r

    memo_info[fn.__name__] = (stats, cache)
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(fib(100), memo_info["fib"][0], fib.__name__)
print(paths(16, 16), memo_info["paths"][0]["misses"], len(memo_info["paths"][1]))
print([fib(i) for i in range(15)], memo_info["fib"][0])


@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 30)])
print(partitions(100, 100))

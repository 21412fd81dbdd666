def lru(maxsize):
    def deco(fn):
        cache = {}
        order = []
        stats = [0, 0]

        def wrapper(*args):
            if args in cache:
                stats[0] += 1
                order.remove(args)
                order.append(args)
                return cache[args]
            stats[1] += 1
            val = fn(*args)
            cache[args] = val
            order.append(args)
            if len(order) > maxsize:
                old = order.pop(0)
                del cache[old]
            return val

        def info():
            return {"hits": stats[0], "misses": stats[1], "size": len(cache), "keys": list(order)}
        return wrapper, info
    return deco


def slow_square(n):
    return n * n


sq, sq_info = lru(3)(slow_square)
for n in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    sq(n)
print(sq_info())


def fib_raw(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib, fib_info = lru(200)(fib_raw)
print(fib(150), fib_info()["misses"], fib_info()["hits"])

from functools import wraps, update_wrapper, lru_cache

log = []


def traced(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        log.append((args, kwargs))
        return fn(*args, **kwargs)
    return wrapper


@traced
def area(w, h=1):
    return w * h


print(area(3, 4), area(5), area(w=2, h=8))
print(log)


def plain(x):
    return x + 1


def outer(*a):
    return plain(*a) * 10


w = update_wrapper(outer, plain)
print(w is outer, w(4))


def memo_counter(fn):
    cached = lru_cache(maxsize=None)(fn)

    @wraps(fn)
    def inner(n):
        return cached(n)
    return inner


@memo_counter
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)


print(tri(50), tri(100))

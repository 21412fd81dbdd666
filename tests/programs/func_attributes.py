# Attributes on functions: decorator caches, counters, copied names
def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = "counted " + fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


@counted
def square(x):
    return x * x


for i in range(5):
    square(i)
print(square.calls, square.__name__, square.__doc__, square.__wrapped__(7))


def memo(fn):
    def inner(n):
        if n not in inner.cache:
            inner.cache[n] = fn(n)
        return inner.cache[n]
    inner.cache = {}
    return inner


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))
fib.label = "fibonacci"
print(fib.label, hasattr(fib, "label"), getattr(fib, "missing", "none"))
del fib.label
print(hasattr(fib, "label"))
print(square.__module__)
try:
    square.__code__ = None
except (AttributeError, TypeError) as e:
    print("code is not writable")

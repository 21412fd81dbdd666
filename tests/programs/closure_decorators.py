calls = []

def logged(fn):
    def wrapper(*args, **kwargs):
        calls.append((fn.__name__, args, kwargs))
        return fn(*args, **kwargs)
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@logged
def add(a, b=0):
    return a + b

@repeat(3)
def hello(name):
    return "hi " + name

@logged
@repeat(2)
def square(x):
    return x * x

print(add(1, 2), add(5, b=6))
print(hello("bob"))
print(square(4))
print(calls)

def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapped

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))

registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@register("double")
def double(x):
    return 2 * x

print(registry["double"](21), double(1))

def target(a, b=2, *args, key=None, **kw):
    return (a, b, args, key, sorted(kw.items()))

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1))
print(forward(1, 2, 3, key="k", extra=1))
print(forward(*[5, 6], **{"key": 7}))

def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*pargs, *args, **merged)
    return call

p = partial(target, 1, key="fixed")
print(p(), p(2, 3), p(key="over", z=0))
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3(c=10))

def count_calls(fn):
    n = 0
    def wrapper(*a, **k):
        nonlocal n
        n += 1
        return n, fn(*a, **k)
    return wrapper

@count_calls
def greet(name, punct="!"):
    return "hi " + name + punct

print(greet("a"), greet("b", punct="?"), greet(*["c"], **{"punct": "."}))

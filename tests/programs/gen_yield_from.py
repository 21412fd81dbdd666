def inner():
    yield 1
    yield 2
    return "inner-result"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from range(2)
    r2 = yield from empty()
    return r2

def empty():
    return "e"
    yield

print(list(outer()))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))

def relay():
    got = []
    def sink():
        while True:
            v = yield
            if v is None:
                return got
            got.append(v)
    result = yield from sink()
    yield result

r = relay()
next(r)
r.send(1)
r.send(2)
print(r.send(None))

def sub_thrower():
    try:
        yield "a"
    except ValueError:
        yield "handled in sub"
    return "sub done"

def main():
    res = yield from sub_thrower()
    yield res

m = main()
print(next(m), m.throw(ValueError), next(m))

def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1], (2, 3))))

def deleg_close():
    try:
        yield from closing_sub()
    finally:
        print("outer finally")
def closing_sub():
    try:
        yield 1
    finally:
        print("inner finally")
d = deleg_close()
next(d)
d.close()

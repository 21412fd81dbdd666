def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*pargs, *args, **merged)
    return call


def line(m, b, x):
    return m * x + b


def fmt(value, width=8, prec=2, fill=" "):
    return f"{value:{fill}>{width}.{prec}f}"


f = partial(line, 2, 1)
print([f(x) for x in range(5)])
g = partial(fmt, width=10)
print(repr(g(3.14159)), repr(g(2.5, prec=4)), repr(g(1, fill="*", width=6)))


def curry(fn, n):
    def step(args):
        if len(args) == n:
            return fn(*args)
        return lambda x: step(args + (x,))
    return step(())


vol = curry(lambda a, b, c: a * b * c, 3)
print(vol(2)(3)(4))
add3 = curry(lambda a, b, c: a + b + c, 3)
partial_sum = add3("x")("y")
print(partial_sum("z"), partial_sum("!"))


def pipeline(*steps):
    def run(data):
        for s in steps:
            data = s(data)
        return data
    return run


clean = pipeline(str.strip, str.lower, lambda s: s.replace(",", ""), str.split)
print(clean("  Hello, World, Hello  "))

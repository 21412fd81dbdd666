def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3))

def describe(first, *others, sep="-"):
    return sep.join([str(first)] + [str(o) for o in others])
print(describe(1), describe(1, 2, 3), describe("a", "b", sep="+"))

def options(**opts):
    return [(k, opts[k]) for k in sorted(opts)]
print(options(), options(b=2, a=1))

def forward(*args, **kwargs):
    return options(**kwargs), total(*args)
print(forward(1, 2, x=3))

def defaults(a, b=[], c={}, d=None):
    return a, b, c, d
print(defaults(1), defaults(1, c=5))

def types_of(*args):
    return type(args).__name__
print(types_of(1, 2))

def count_kw(**kw):
    return type(kw).__name__, len(kw)
print(count_kw(a=1, b=2))

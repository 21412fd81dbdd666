def repeat(times):
    def deco(fn):
        def inner(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return inner
    return deco


def tag(name, **attrs):
    def deco(fn):
        def inner(*a, **k):
            extra = "".join(' %s="%s"' % (key, attrs[key]) for key in sorted(attrs))
            return "<%s%s>%s</%s>" % (name, extra, fn(*a, **k), name)
        return inner
    return deco


def validate(*types):
    def deco(fn):
        def inner(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError("arg %d of %s: expected %s, got %s" % (i, fn.__name__, getattr(t, "__name__", "tuple"), type(a).__name__))
            return fn(*args)
        return inner
    return deco


counter = [0]


@repeat(3)
def tick():
    counter[0] += 1
    return counter[0]


@tag("b")
@tag("a", href="/x", cls="link")
def label(text, upper=False):
    return text.upper() if upper else text


@validate(int, (int, float))
def scale(n, f):
    return n * f


print(tick(), tick())
print(label("hello"), label("hi", upper=True))
print(scale(3, 2.5), scale(2, 4))
for args in [("3", 1), (3, "x")]:
    try:
        scale(*args)
    except TypeError as e:
        print("TypeError:", e)

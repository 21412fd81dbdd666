# class statements: attributes, methods, instances
class Counter:
    """Counts things."""
    total = 0
    step = 1

    def __init__(self, start=0):
        self.value = start
        Counter.total += 1

    def inc(self, by=None):
        if by is None:
            by = self.step
        self.value += by
        return self

    def get(self):
        return self.value


a = Counter()
b = Counter(10)
a.inc().inc().inc(5)
b.inc(by=3)
print(a.get(), b.get(), Counter.total, a.total)
print(Counter.__name__, Counter.__qualname__, Counter.__doc__)
print(type(a) is Counter, type(a).__name__, a.__class__.__name__)

# class attribute shadowed per instance
b.step = 100
b.inc()
a.inc()
print(a.value, b.value, Counter.step, b.step)

# methods as values
m = a.inc
m(2)
print(a.value, m.__name__, m.__self__ is a)
f = Counter.get
print(f(a), Counter.get(b))

# attributes added later, on the class and on the instance
Counter.extra = "shared"
a.own = [1, 2]
print(a.extra, b.extra, a.own, hasattr(b, "own"), hasattr(a, "own"))
print(getattr(a, "missing", "default"), getattr(a, "value"))
setattr(b, "value", -1)
print(b.value)
del a.own
print(hasattr(a, "own"))
try:
    a.own
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Empty:
    pass


e = Empty()
e.x = 1
print(e.x, isinstance(e, Empty), isinstance(e, object), callable(Empty), callable(e))
print(sorted(vars(e).items()))

# class body is executed in order, with its own namespace
x = "global x"


class Body:
    x = "class x"
    y = x + "!"
    items = [i * i for i in range(4)]
    if len(items) > 2:
        big = True
    else:
        big = False

    def show(self):
        return x


print(Body.y, Body.items, Body.big, Body().show())

class Config:
    BASE = 10
    SCALES = [1, 2, 3]
    DOUBLED = [s * 2 for s in SCALES]
    TABLE = {k: k * k for k in range(4)}
    COMBINED = BASE + sum(SCALES)
    names = ("alpha", "beta")
    upper = tuple(n.upper() for n in names)

    class Nested:
        LEVEL = 2

        def describe(self):
            return f"nested level {self.LEVEL}"

    def scaled(self):
        return [self.BASE * s for s in self.SCALES]


print(Config.DOUBLED, Config.TABLE, Config.COMBINED, Config.upper)
print(Config().scaled(), Config.Nested().describe(), Config.Nested.__qualname__)


class Shared:
    items = []
    count = 0

    def add(self, x):
        self.items.append(x)
        self.count += 1


a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.count, b.count, Shared.count, a.items is b.items)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, len({p, q, p}))
try:
    class BadInit:
        def __init__(self):
            return 5
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    class BadRepr:
        def __repr__(self):
            return 5
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)

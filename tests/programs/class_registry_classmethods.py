class Unit:
    registry = {}

    def __init__(self, name, factor, base):
        self.name, self.factor, self.base = name, factor, base

    @classmethod
    def define(cls, name, factor, base):
        u = cls(name, factor, base)
        cls.registry[name] = u
        return u

    @classmethod
    def get(cls, name):
        try:
            return cls.registry[name]
        except KeyError:
            raise ValueError("unknown unit %r" % name) from None

    @classmethod
    def convert(cls, value, src, dst):
        a, b = cls.get(src), cls.get(dst)
        if a.base != b.base:
            raise ValueError(f"cannot convert {a.base} to {b.base}")
        return value * a.factor / b.factor

    def __repr__(self):
        return "<%s %s=%g %s>" % (type(self).__name__, self.name, self.factor, self.base)


for n, f, b in [("m", 1, "len"), ("km", 1000, "len"), ("mi", 1609.344, "len"), ("ft", 0.3048, "len"),
                ("g", 1, "mass"), ("kg", 1000, "mass"), ("lb", 453.59237, "mass")]:
    Unit.define(n, f, b)
print(sorted(Unit.registry), Unit.get("mi"))
for v, a, b in [(5, "km", "mi"), (1, "mi", "ft"), (10, "lb", "kg"), (3, "m", "g"), (1, "x", "m")]:
    try:
        print(v, a, "=", round(Unit.convert(v, a, b), 6), b)
    except ValueError as e:
        print("error:", e)


class TimeUnit(Unit):
    registry = {}


TimeUnit.define("s", 1, "time")
TimeUnit.define("h", 3600, "time")
print(sorted(TimeUnit.registry), len(Unit.registry), TimeUnit.get("h"), TimeUnit.convert(2, "h", "s"))
try:
    TimeUnit.get("km")
except ValueError as e:
    print(e)

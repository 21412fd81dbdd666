class Dispatcher:
    def __init__(self):
        self.handlers = {}
        self.fallback = None

    def on(self, kind):
        def deco(fn):
            self.handlers.setdefault(kind, []).append(fn)
            return fn
        return deco

    def default(self, fn):
        self.fallback = fn
        return fn

    def __call__(self, kind, *args):
        hs = self.handlers.get(kind)
        if not hs:
            if self.fallback is None:
                raise LookupError("no handler for %r" % kind)
            return [self.fallback(kind, *args)]
        return [h(*args) for h in hs]

    def __contains__(self, kind):
        return kind in self.handlers

    def __len__(self):
        return sum(len(v) for v in self.handlers.values())


bus = Dispatcher()


@bus.on("add")
def add(a, b):
    return a + b


@bus.on("add")
def add_log(a, b):
    return "added %r and %r" % (a, b)


@bus.on("neg")
def neg(a):
    return -a


print(bus("add", 2, 3), bus("add", "x", "y"), bus("neg", 5))
print("add" in bus, "mul" in bus, len(bus), callable(bus), callable(add), callable(3))
try:
    bus("mul", 2, 3)
except LookupError as e:
    print("LookupError:", e)


@bus.default
def unknown(kind, *args):
    return "unhandled %s%r" % (kind, args)


print(bus("mul", 2, 3), bus("noop"))


class Polyline:
    def __init__(self, *pts):
        self.pts = pts

    def __call__(self, x):
        for (x0, y0), (x1, y1) in zip(self.pts, self.pts[1:]):
            if x0 <= x <= x1:
                return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
        raise ValueError("x=%r out of range" % x)


f = Polyline((0, 0), (1, 10), (3, 4), (4, 4))
print([f(x / 2) for x in range(9)], list(map(f, [0.25, 3.5])))

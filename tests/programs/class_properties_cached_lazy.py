class Dataset:
    loads = 0

    def __init__(self, rows):
        self._rows = rows
        self._stats = None

    @property
    def stats(self):
        if self._stats is None:
            Dataset.loads += 1
            n = len(self._rows)
            m = sum(self._rows) / n
            var = sum((x - m) ** 2 for x in self._rows) / n
            self._stats = {"n": n, "mean": m, "var": var}
        return self._stats

    def add(self, x):
        self._rows.append(x)
        self._stats = None

    @property
    def mean(self):
        return self.stats["mean"]

    @property
    def std(self):
        return self.stats["var"] ** 0.5


d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.mean, d.std, d.stats["n"], Dataset.loads)
d.add(20)
print(round(d.mean, 6), round(d.std, 6), Dataset.loads)
print(d.mean == d.stats["mean"], Dataset.loads)


class Lazy:
    def __init__(self):
        self.computed = []

    def __getattr__(self, name):
        if name.startswith("square_"):
            n = int(name[7:])
            self.computed.append(n)
            value = n * n
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


z = Lazy()
print(z.square_4, z.square_4, z.square_12, z.computed, sorted(k for k in vars(z) if k.startswith("square")))
try:
    z.cube_3
except AttributeError as e:
    print("AttributeError:", e)

class Quantity:
    def __init__(self, value, dims):
        self.value = value
        self.dims = {k: v for k, v in dims.items() if v}

    def _same(self, o):
        if self.dims != o.dims:
            raise TypeError(f"incompatible units: {self.unit()} vs {o.unit()}")

    def __add__(self, o):
        self._same(o)
        return Quantity(self.value + o.value, self.dims)

    def __sub__(self, o):
        self._same(o)
        return Quantity(self.value - o.value, self.dims)

    def __mul__(self, o):
        if not isinstance(o, Quantity):
            return Quantity(self.value * o, self.dims)
        d = dict(self.dims)
        for k, v in o.dims.items():
            d[k] = d.get(k, 0) + v
        return Quantity(self.value * o.value, d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        if not isinstance(o, Quantity):
            return Quantity(self.value / o, self.dims)
        return self * Quantity(1 / o.value, {k: -v for k, v in o.dims.items()})

    def __pow__(self, n):
        return Quantity(self.value ** n, {k: v * n for k, v in self.dims.items()})

    def __eq__(self, o):
        return self.dims == o.dims and abs(self.value - o.value) < 1e-9

    def __lt__(self, o):
        self._same(o)
        return self.value < o.value

    def unit(self):
        if not self.dims:
            return "1"
        return "*".join(k if v == 1 else f"{k}^{v}" for k, v in sorted(self.dims.items()))

    def __repr__(self):
        return f"{self.value:g} {self.unit()}"


m = Quantity(1, {"m": 1})
s = Quantity(1, {"s": 1})
kg = Quantity(1, {"kg": 1})
dist = 100 * m
t = 9.58 * s
v = dist / t
print(dist, t, v)
a = v / t
F = 80 * kg * a
print(a, F, F * dist, (F * dist) / t)
print(m ** 2, (3 * m) ** 3 / (2 * m), (dist / dist), v * t == dist)
print(sorted([3 * m, 1 * m, 2.5 * m]), max(t, 10 * s))
try:
    dist + t
except TypeError as e:
    print("TypeError:", e)

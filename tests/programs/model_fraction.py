def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    def _coerce(self, o):
        return o if isinstance(o, Frac) else Frac(o)

    def __add__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return self._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __eq__(self, o):
        o = self._coerce(o)
        return self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)


h = Frac(0)
for k in range(1, 21):
    h = h + Frac(1, k)
print("H20 =", h, h.n / h.d)
print(Frac(6, -8), Frac(3, 4) * 4, 1 - Frac(1, 3), Frac(2, 3) / Frac(4, 9))
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(-1, 5), Frac(5, 10)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), Frac(1, 2) <= Frac(1, 2), Frac(1, 3) < 1)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# Egyptian fractions
f = Frac(7, 15)
parts = []
while f.n:
    c = -(-f.d // f.n)
    parts.append(Frac(1, c))
    f = f - Frac(1, c)
print(parts)
e = Frac(0)
fact = 1
for k in range(15):
    if k:
        fact *= k
    e = e + Frac(1, fact)
print(e, "%.15f" % (e.n / e.d))

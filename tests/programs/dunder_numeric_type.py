# a numeric type: Fraction-like with full operator set and mixed arithmetic
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac denominator is zero")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @staticmethod
    def coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def __add__(self, o):
        o = Frac.coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac.coerce(o) - self

    def __mul__(self, o):
        o = Frac.coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.coerce(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac.coerce(o) / self

    def __pow__(self, k):
        if k >= 0:
            return Frac(self.n ** k, self.d ** k)
        return Frac(self.d ** -k, self.n ** -k)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __eq__(self, o):
        o = Frac.coerce(o)
        return o is not None and self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = Frac.coerce(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)


h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, t ** 2, t ** -2, -h, abs(-h))
print(1 + h, 1 - h, 2 * t, 1 / t, h + 1, h * 4)
print(h == Frac(2, 4), h == 0.5, h != t, t < h, h <= h, h > t, t >= h)
print(sorted([h, t, Frac(3, 4), Frac(-1, 5)]), sum([h, t, Frac(1, 6)]))
print(bool(Frac(0)), bool(t), Frac(6, -4), {h: "half"}[Frac(1, 2)])
total = Frac(0)
for k in range(1, 6):
    total += Frac(1, k * (k + 1))
print(total)
x = Frac(1)
x *= 3
x -= Frac(1, 2)
x /= 5
print(x)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + 0.5
except TypeError as e:
    print("TypeError:", e)

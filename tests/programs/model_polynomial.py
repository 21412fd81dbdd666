class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c

    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        if not isinstance(o, Poly):
            o = Poly([o])
        n = max(len(self.c), len(o.c))
        a = self.c + [0] * (n - len(self.c))
        b = o.c + [0] * (n - len(o.c))
        return Poly([x + y for x, y in zip(a, b)])

    __radd__ = __add__

    def __mul__(self, o):
        if not isinstance(o, Poly):
            return Poly([a * o for a in self.c])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __sub__(self, o):
        return self + (-o)

    def deriv(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def __eq__(self, o):
        return self.c == o.c

    def __str__(self):
        terms = []
        for i, a in enumerate(self.c):
            if a == 0:
                continue
            if i == 0:
                terms.append(str(a))
            elif i == 1:
                terms.append(f"{a}x")
            else:
                terms.append(f"{a}x^{i}")
        return " + ".join(reversed(terms)) or "0"


p = Poly([1, -3, 0, 2])
q = Poly([0, 1])
print(p, "|", q, "|", p.degree())
print(p + q, "|", p * q, "|", p - p, "|", 3 * p)
print([p(x) for x in range(-3, 4)])
print(p.deriv(), "|", p.deriv().deriv(), "|", Poly([5]).deriv())
r = (q + 1) * (q + 1) * (q + 1)
print(r, r(2), r == Poly([1, 3, 3, 1]))
big = Poly([1, 1]) 
acc = Poly([1])
for _ in range(20):
    acc = acc * big
print(acc.c[10], acc(1), acc(2) == 3 ** 20)
# Newton on p
x = 2.0
for _ in range(30):
    x = x - p(x) / p.deriv()(x)
print(round(x, 12), abs(p(x)) < 1e-12)

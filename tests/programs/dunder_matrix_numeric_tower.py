class M2:
    def __init__(self, a, b, c, d):
        self.v = (a, b, c, d)

    def __matmul__(self, o):
        a, b, c, d = self.v
        e, f, g, h = o.v
        return M2(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)

    def __mul__(self, k):
        return M2(*(x * k for x in self.v))

    __rmul__ = __mul__

    def __add__(self, o):
        return M2(*(x + y for x, y in zip(self.v, o.v)))

    def __sub__(self, o):
        return self + o * -1

    def __pow__(self, n):
        r = M2(1, 0, 0, 1)
        for _ in range(n):
            r = r @ self
        return r

    def __eq__(self, o):
        return self.v == o.v

    def __neg__(self):
        return self * -1

    def __pos__(self):
        return self

    def __abs__(self):
        a, b, c, d = self.v
        return a * d - b * c

    def __invert__(self):
        a, b, c, d = self.v
        det = abs(self)
        if det == 0:
            raise ZeroDivisionError("singular")
        return M2(d / det, -b / det, -c / det, a / det)

    def __repr__(self):
        return "[[%s, %s], [%s, %s]]" % self.v


A = M2(2, 1, 1, 1)
I = M2(1, 0, 0, 1)
print(A @ I == A, A ** 5, 3 * A, A * 0.5, A + I, A - I, -A, +A, abs(A))
print(~A, A @ ~A, ~M2(4, 7, 2, 6))
try:
    ~M2(1, 2, 2, 4)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
F = M2(1, 1, 1, 0)
print([(F ** n).v[1] for n in range(1, 15)])
R = M2(0, -1, 1, 0)
print(R ** 2, R ** 4 == I, (R @ R @ R).v)

# arithmetic special methods, reflected and in-place operators
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __matmul__(self, o):
        return "matmul"

    def __and__(self, o):
        return "and"

    def __or__(self, o):
        return "or"

    def __xor__(self, o):
        return "xor"

    def __lshift__(self, o):
        return "lshift"

    def __rshift__(self, o):
        return "rshift"

    def __invert__(self):
        return "invert"


v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, v * 2, 3 * v, v * w, w / 2, w // 2, w % 2, v ** 2)
print(-v, +v, abs(w), v @ w, v & w, v | w, v ^ w, v << 1, v >> 1, ~v)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + v
except TypeError as e:
    print("TypeError:", e)
try:
    v * "s"
except TypeError as e:
    print("TypeError:", e)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __repr__(self):
        return "Acc" + repr(self.items)


a = Acc()
alias = a
a += 1
a += 2
print(a, alias is a)

u = Vec(1, 1)
u += Vec(1, 1)   # no __iadd__: falls back to __add__
u *= 3
print(u)


class R:
    def __radd__(self, other):
        return "radd " + repr(other)

    def __rsub__(self, other):
        return "rsub " + repr(other)

    def __rpow__(self, other):
        return "rpow " + repr(other)


print(1 + R(), "s" + R(), [1] + R(), 2.5 - R(), 2 ** R())
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    -R()
except TypeError as e:
    print("TypeError:", e)
try:
    abs(R())
except TypeError as e:
    print("TypeError:", e)

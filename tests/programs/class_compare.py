# rich comparisons, equality, hashing
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() < other.key()

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != c, a == b, a != b, a < b, b < a, a <= c, b > a, b >= a)
print(sorted([b, a, Version(0, 9)]), max([a, b]), min([a, b]))
print(len({a: 1, b: 2, c: 3}))
print({a: "x"}[c])
print(a == 1, a != "s", 1 == a)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)


class NoEq:
    pass


n1, n2 = NoEq(), NoEq()
print(n1 == n1, n1 == n2, n1 != n2, hash(n1) == hash(n1))
d = {n1: 1, n2: 2}
print(d[n1], d[n2])


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print("TypeError:", e)


class Ne:
    def __ne__(self, other):
        return "custom ne"


print(Ne() != 1, 1 != Ne())


class Reflect:
    def __gt__(self, other):
        return "gt called"


print(1 < Reflect(), Reflect() > 1)
print(EqOnly(3) in [EqOnly(1), EqOnly(3)], EqOnly(4) in [EqOnly(1)])

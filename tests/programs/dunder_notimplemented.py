# NotImplemented handling: reflected operands and fallbacks
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented

    __radd__ = __add__

    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Meters):
            return self.v < other.v
        return NotImplemented

    def __repr__(self):
        return "%gm" % self.v


class Feet:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        if isinstance(other, Meters):
            return Meters(other.v + self.v * 0.3048)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Meters):
            return abs(other.v - self.v * 0.3048) < 1e-9
        return NotImplemented

    def __gt__(self, other):
        return "Feet.__gt__"


print(Meters(1) + Meters(2), Meters(1) + 2, 3 + Meters(1), sum([Meters(1), Meters(2)]))
print(Meters(1) + Feet(10))
print(Meters(0.3048) == Feet(1), Feet(1) == Meters(0.3048), Meters(1) == "1")
print(Meters(1) < Feet(1))
try:
    Meters(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    Feet(1) + Feet(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Meters(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(sorted([Meters(3), Meters(1), Meters(2)]))


class AlwaysNI:
    def __eq__(self, other):
        return NotImplemented


a = AlwaysNI()
print(a == a, a == AlwaysNI(), a != a, a != AlwaysNI())

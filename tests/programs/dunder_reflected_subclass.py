# the right operand's reflected method goes first when its class is a
# subclass that overrides it
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"

    def __lt__(self, other):
        return "Base.__lt__"

    def __gt__(self, other):
        return "Base.__gt__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"

    def __gt__(self, other):
        return "Derived.__gt__"


class Same(Base):
    pass


class Declines(Base):
    def __radd__(self, other):
        return NotImplemented


b, d, s = Base(1), Derived(2), Same(3)
print(b + d, d + b, b + s, s + b, b + Declines(4))
print(b < d, d < b, b < s, d > b)
print(b + 1, 1 + b, d + d)

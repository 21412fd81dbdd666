# CPython's rule: when the right operand's type is a subclass of the
# left's and overrides the reflected method, it goes first


class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Base.__eq__")
        return isinstance(other, Base) and self.v == other.v

    def __ne__(self, other):
        print("Base.__ne__")
        return not self == other

    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"

    def __lt__(self, other):
        return "Base.__lt__"

    def __gt__(self, other):
        return "Base.__gt__"

    __hash__ = None


class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return NotImplemented

    def __ne__(self, other):
        print("Derived.__ne__")
        return "derived-ne"

    def __radd__(self, other):
        return "Derived.__radd__"

    def __gt__(self, other):
        return "Derived.__gt__"


b, d = Base(1), Derived(1)
print(b == d)
print(d == b)
print(b != d)
print(b + d, d + b, b + b)
print(b < d, d < b)


class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"

    def __eq__(self, other):
        return "MyInt.__eq__"

    __hash__ = int.__hash__

    def __rsub__(self, other):
        return NotImplemented


print(1 + MyInt(2), MyInt(2) + 1, 5 == MyInt(5), MyInt(5) == 5, 5 - MyInt(1), MyInt(3) - 1)


class MyList(list):
    def __eq__(self, other):
        return "MyList.__eq__"

    def __radd__(self, other):
        return "MyList.__radd__"


print([1] == MyList([1]), MyList() == [], [1] + MyList([2]), MyList([2]) + [1])

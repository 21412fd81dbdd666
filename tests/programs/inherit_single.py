# single inheritance: overriding, super(), class attributes through the MRO
class Shape:
    sides = 0
    name = "shape"

    def __init__(self, label):
        self.label = label

    def area(self):
        return 0

    def describe(self):
        return f"{self.label}: {self.name} with {self.sides} sides, area {self.area()}"


class Rect(Shape):
    sides = 4
    name = "rect"

    def __init__(self, label, w, h):
        super().__init__(label)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    name = "square"

    def __init__(self, label, s):
        super().__init__(label, s, s)

    def describe(self):
        return "[" + super().describe() + "]"


shapes = [Shape("a"), Rect("b", 2, 3), Square("c", 4)]
for s in shapes:
    print(s.describe())
print([type(s).__name__ for s in shapes])
print(isinstance(shapes[2], Rect), isinstance(shapes[2], Shape), isinstance(shapes[1], Square))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, (int, Rect)))
print(issubclass(Square, object), isinstance(shapes[0], (int, str)))
print(Square.__mro__)
print(Square.__bases__, Rect.__base__, Shape.__bases__)
print(Square.sides, Square("x", 1).area())

# explicit two-argument super and calls through the class
class Base:
    def hello(self):
        return "Base.hello from " + type(self).__name__


class Mid(Base):
    def hello(self):
        return "Mid+" + super(Mid, self).hello()


class Leaf(Mid):
    def hello(self):
        return "Leaf+" + Mid.hello(self)


print(Leaf().hello())
print(super(Leaf, Leaf()).hello())

# class attribute mutation is seen by subclasses unless shadowed
class A:
    counter = 0


class B(A):
    pass


A.counter = 5
print(B.counter)
B.counter = 7
print(A.counter, B.counter)

# inherited special methods
class Named:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.name) + ")"

    def __eq__(self, other):
        return type(self) is type(other) and self.name == other.name

    __hash__ = None


class Person(Named):
    pass


print(Person("ann"), [Person("bob")], Person("x") == Person("x"), Person("x") == Named("x"))
try:
    super(Person, 5)
except TypeError as e:
    print("TypeError:", e)

import math


class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return "%s area=%.3f perim=%.3f" % (self.name, self.area(), self.perimeter())

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    name = "rect"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    name = "square"

    def __init__(self, s):
        super().__init__(s, s)


class Triangle(Shape):
    name = "triangle"

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("not a triangle: %s" % ((a, b, c),))
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


shapes = [Circle(1), Rect(2, 3.5), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print([s.name for s in sorted(shapes)])
print(max(shapes).name, min(shapes).name)
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.__mro__[1].__name__)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(e)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", e)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_kind)

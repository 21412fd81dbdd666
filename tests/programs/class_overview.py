class Point:
    """A point."""
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p == q, p != q, Point(1, 2) == p)
print(p.norm2(), Point.count, Point.__doc__, type(p).__name__)
print(str(p), repr(q), f"{p}", [p, q])
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)

class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return "Woof"

d = Dog("Rex", "lab")
print(d.describe(), d.breed, isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__mro__)

class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

try:
    raise MyError("bad", 42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t, v)
        return True

with Ctx() as c:
    print("body")
    raise KeyError("k")
print("after")

class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__

o = P()
o.v = 5
print(o.v, P.s(1), o.s(2), P.c(), o.c())
class It:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(It(3)), [x * 2 for x in It(4)], sum(It(5)))

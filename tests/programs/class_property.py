# property, staticmethod, classmethod
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
print(type(Temperature.celsius).__name__, isinstance(Temperature.fahrenheit, property))


class Old:
    def get_x(self):
        return self._x * 2

    def set_x(self, v):
        self._x = v

    x = property(get_x, set_x)
    y = property()


o = Old()
o.x = 4
print(o.x)
try:
    o.y
except AttributeError as e:
    print("AttributeError:", e)


class MathUtil:
    factor = 3

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def scaled(cls, v):
        return v * cls.factor

    @classmethod
    def make(cls):
        return cls()

    def __repr__(self):
        return type(self).__name__ + "()"


class Sub(MathUtil):
    factor = 10


print(MathUtil.add(1, 2), MathUtil().add(3, 4), Sub.add(5, 6))
print(MathUtil.scaled(2), Sub.scaled(2), Sub().scaled(3), MathUtil.make(), Sub.make())


class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return item


Registry.register("a")
Registry.register("b")
print(Registry.items)
sm = staticmethod(len)
print(callable(MathUtil.add), type(sm).__name__)

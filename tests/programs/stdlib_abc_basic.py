# abc: ABC, ABCMeta, abstractmethod, register, __subclasshook__
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    @property
    @abstractmethod
    def name(self):
        pass

    def describe(self):
        return '%s: area %.2f, perimeter %.2f' % (self.name, self.area(), self.perimeter())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side

    @property
    def name(self):
        return 'square'


class Half(Shape):
    def area(self):
        return 1


print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__,
      ABC.__abstractmethods__)
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC), type(Shape).__name__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self, x):
        return x * 2

    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


class Impl(Base):
    def run(self, x):
        return super().run(x) + 1

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'help'


print(sorted(Base.__abstractmethods__), Impl.make().run(5), Impl.helper(), type(Base) is ABCMeta)
try:
    Base()
except TypeError as e:
    print('TypeError', e)


class Plain:
    pass


Shape.register(Plain)
print(Shape.__subclasscheck__(Plain), Shape.__instancecheck__(Plain()), Shape.register(Square) is Square)


class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any('__len__' in vars(B) for B in C.__mro__ if B is not object and hasattr(B, '__mro__') and B.__module__ != 'builtins') or NotImplemented
        return NotImplemented


class HasLen:
    def __len__(self):
        return 0


print(Sized2.__subclasscheck__(HasLen), Sized2.__subclasscheck__(Plain))


class Later(ABC):
    @abstractmethod
    def f(self):
        pass


Later.f = lambda self: 'now concrete'
update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().f())

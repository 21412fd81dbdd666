# nested classes, classes made in functions, qualified names, decorators
class Outer:
    class Inner:
        def method(self):
            return "inner method"

    def make(self):
        return Outer.Inner()


print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer().make().method())
print(Outer.Inner, Outer, Outer.make.__qualname__)


def factory(n):
    class Made:
        size = 0

        def twice(self):
            return self.size * 2

    Made.size = n
    return Made


A = factory(3)
B = factory(5)
print(A.__qualname__, A().twice(), B().twice(), A is B, A.__name__)


def add_greeting(cls):
    cls.greet = lambda_free_greet
    return cls


def lambda_free_greet(self):
    return "hello from " + type(self).__name__


@add_greeting
class Greeter:
    pass


print(Greeter().greet())

registry = {}


class Registrar:
    def __init__(self, name):
        self.name = name

    def __call__(self, cls):
        registry[self.name] = cls
        return cls


@Registrar("first")
class First:
    pass


@Registrar("second")
class Second(First):
    pass


print(sorted(registry), registry["second"].__mro__[1] is First)


def double_result(fn):
    return Doubler(fn)


class Doubler:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, x):
        return 2 * self.fn(x)


@double_result
def inc(x):
    return x + 1


print(inc(4), type(inc).__name__)


class WithStatic:
    @staticmethod
    @double_result
    def f(x):
        return x * 10


print(WithStatic.f(1), WithStatic().f(2))

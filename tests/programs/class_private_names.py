# Private name mangling: __x inside a class body becomes _Class__x.


def f(**kw):
    return sorted(kw)


class K:
    __a = 1

    def __init__(self, __p=2):
        self.__b = __p
        self.__c__ = 3

    def get(self):
        return self.__b, K.__a, f(__q=1), self.__c__

    def __m(self):
        return "m"

    def call(self):
        import math as __mm
        return self.__m(), __mm.pi > 3

    class __Inner:
        __z = 5

        def z(self):
            return self.__z

    def inner(self):
        return self.__Inner().z()


print(sorted(k for k in vars(K) if not k.startswith('__')))
k = K()
print(k.get(), k.call(), sorted(vars(k).items()), K._K__Inner().z(), k.inner())
print(hasattr(k, "__b"), k._K__b)


class Sub(K):
    __a = 10

    def both(self):
        return self.__a, self._K__a


print(Sub().both())


class _:
    __x = 1


print([n for n in vars(_) if 'x' in n])


class __W:
    __y = 2


print([n for n in vars(__W) if 'y' in n])


class Counter:
    __count = 0

    @classmethod
    def bump(cls):
        cls.__count += 1
        return cls.__count

    def __private_and_dunder__(self):
        return "not mangled"


Counter.bump()
print(Counter.bump(), Counter().__private_and_dunder__())


def outside():
    try:
        return k.__b
    except AttributeError as e:
        return "AttributeError: " + str(e)


print(outside())


class Guard:
    def check(self):
        try:
            raise ValueError("x")
        except ValueError as __err:
            return type(__err).__name__

    def lam(self):
        g = lambda __v: __v * 2
        return g(4)


print(Guard().check(), Guard().lam())

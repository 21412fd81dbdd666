# multiple inheritance, C3 MRO, cooperative super()
class Root:
    def who(self):
        return ["Root"]


class Left(Root):
    def who(self):
        return ["Left"] + super().who()


class Right(Root):
    def who(self):
        return ["Right"] + super().who()


class Child(Left, Right):
    def who(self):
        return ["Child"] + super().who()


print(Child().who())
print([c.__name__ for c in Child.__mro__])


class Logger:
    def log(self, msg):
        return "log: " + msg


class Store:
    def __init__(self):
        self.items = {}

    def put(self, k, v):
        self.items[k] = v


class LoggedStore(Store, Logger):
    def put(self, k, v):
        super().put(k, v)
        return self.log(f"{k}={v}")


s = LoggedStore()
print(s.put("a", 1), s.items, isinstance(s, Logger), isinstance(s, Store))


# cooperative __init__ with keyword arguments
class A:
    def __init__(self, **kw):
        self.a = "A"


class B(A):
    def __init__(self, b, **kw):
        super().__init__()
        self.b = b


class C(A):
    def __init__(self):
        super().__init__()
        self.c = "C"


class D(B, C):
    def __init__(self):
        super().__init__(b="B")


d = D()
print(d.a, d.b, d.c, [k.__name__ for k in D.__mro__])


# diamond with attribute lookup order
class X:
    v = "X"


class Y(X):
    pass


class Z(X):
    v = "Z"


class W(Y, Z):
    pass


print(W.v, W().v)

# inconsistent MRO
class P1:
    pass


class P2(P1):
    pass


try:
    class Bad(P1, P2):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(P1, P1):
        pass
except TypeError as e:
    print("TypeError:", e)


class M1:
    pass


class M2:
    pass


class N1(M1, M2):
    pass


class N2(M2, M1):
    pass


try:
    class Clash(N1, N2):
        pass
except TypeError as e:
    print("TypeError:", e)

# Builtin subclasses: __new__ misuse errors, set/bytes/float/int subclasses, class methods
class L(list):
    def __new__(cls, *a):
        return object.__new__(cls)
try:
    L()
except TypeError as e:
    print("TE", e)
class M(type):
    pass
for f in [lambda: M(), lambda: M(1), lambda: M("X", (), {}, y=1), lambda: list.__init__(5),
          lambda: dict.__getitem__({}, 1), lambda: int.__neg__("x"), lambda: type.__init__(5),
          lambda: type.__call__(5), lambda: object.__getattribute__(5, "real"),
          lambda: L.__new__(L), lambda: tuple.__new__(tuple, 5), lambda: str.__new__(int)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class T(tuple):
    pass
t = T([1, 2])
print(t.__class__, T.__new__(T, [3]), type(T.__new__(T, [3])).__name__)
class I(int):
    pass
print(I.__new__(I, "12") + 1, int.__new__(I, 7), type(int.__new__(I, 7)).__name__, I.from_bytes(b"\x01", "big"))
class S(set):
    def __init__(self, it=()):
        super().__init__(it)
        self.extra = 1
s = S([1, 2])
s |= {3}
s.add(4)
print(sorted(s), type(s).__name__, s.extra, len(s), 3 in s, sorted(s & {1, 9}), type(s & {1}).__name__)
print(isinstance(s, set), s == {1, 2, 3, 4}, sorted(S("ab")), S() == set())
try:
    hash(s)
except TypeError as e:
    print(e)
class B(bytes):
    pass
print(B(b"ab") + b"c", B(3), B([65]))
class F(float):
    pass
import math
print(math.sqrt(F(4.0)), math.floor(F(2.5)), F("1.5") * 2, F(), F(2) ** 0.5, int(F(3.9)), round(F(2.567), 2))

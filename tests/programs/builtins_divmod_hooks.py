# divmod() honours __divmod__/__rdivmod__ of guest classes (reflected
# subclass first, NotImplemented, int subclasses), and names user types in errors.
class M:
    def __init__(self, v): self.v = v
    def __divmod__(self, o):
        if isinstance(o, M): o = o.v
        if not isinstance(o, int): return NotImplemented
        return ("dm", self.v // o, self.v % o)
    def __rdivmod__(self, o):
        return ("rdm", o // self.v, o % self.v)
    def __repr__(self): return "M(%d)" % self.v
class S(M):
    def __rdivmod__(self, o): return ("S.rdm", o)
class N:
    pass
class I(int):
    pass
class J(int):
    def __divmod__(self, o): return "J.dm"
    def __rdivmod__(self, o): return "J.rdm"
print(divmod(M(7), 2), divmod(7, M(2)), divmod(M(7), M(3)))
print(divmod(M(7), S(3)), divmod(S(7), M(3)))
try: divmod(M(1), "x")
except TypeError as e: print(e)
try: divmod(N(), 2)
except TypeError as e: print(e)
try: divmod(2, N())
except TypeError as e: print(e)
print(divmod(I(7), 2), divmod(7, I(2)), divmod(I(7), 2.0), type(divmod(I(7), I(2))[0]).__name__)
print(divmod(J(7), 2), divmod(7, J(2)), divmod(J(7), J(2)))
from fractions import Fraction as F
print(divmod(F(7, 3), F(1, 2)), divmod(7, F(2, 3)), divmod(F(7, 2), 0.5))

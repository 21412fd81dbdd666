# numbers: the ABC tower, registrations, a user Integral
import numbers

print(numbers.Integral.__instancecheck__(3), numbers.Rational.__instancecheck__(3), numbers.Real.__instancecheck__(2.5),
      numbers.Integral.__instancecheck__(2.5), numbers.Complex.__instancecheck__(complex(1, 2)),
      numbers.Number.__instancecheck__(True), numbers.Real.__instancecheck__('x'),
      issubclass(numbers.Integral, numbers.Real), numbers.Real.__subclasscheck__(int))
try:
    numbers.Real()
except TypeError as e:
    print('TypeError', str(e)[:60])


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = float(v)
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, n=None): return round(self.v, n)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    __hash__ = None
    def __repr__(self): return 'Meters(%r)' % self.v


m = Meters(7.5)
print(m - 2.5, 10 - m, m.real, m.imag, m.conjugate(), m.__divmod__(2), isinstance(m, numbers.Real))

# fractions.Fraction: construction, parsing, normalization, errors
from fractions import Fraction

print(Fraction(), Fraction(3), Fraction(-6, 4), Fraction(6, -4), Fraction(0, -5))
print(repr(Fraction(10, -8)), repr(Fraction(Fraction(1, 7), 5)),
      repr(Fraction(Fraction(1, 7), Fraction(2, 3))))
print(repr(Fraction(True)), repr(Fraction(True, 2)), repr(Fraction(2, True)))
for s in ['314', '-35/4', '3.1415', '-47e-2', ' 1.5 ', '\t+7/21\n', '1_000', '1_000.000_1',
          '.5', '5.', '1e3', '1E+3', '-1.25e-3', '0.000', '00012', '12/0_4', '1.e2',
          '3/  4', '1 /2', '', 'abc', '1/2/3', '1.2.3', '.', '-', '+.e1', '1e', '1__0',
          '_1', '1_', '1/', '/2', '1.5/2', 'e5', '1.dd', '0x10', '1/-2', '- 1', 'inf',
          'nan', '1.5e2.0', '  -0  ', '1.0E-0_1']:
    try:
        f = Fraction(s)
        print(repr(s), repr(f))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)

for x in [0.5, -0.1, 1e100, 2.25, 1.47, 0.0, -0.0, 1 / 3]:
    print(x, repr(Fraction(x)), repr(Fraction.from_float(x)))
print(repr(Fraction.from_float(7)), repr(Fraction.from_float(True)))
for bad in [float('nan'), float('inf'), float('-inf')]:
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction.from_float('1.5')
except TypeError as e:
    print("TypeError", e)
try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print("TypeError", e)
for args in [(1, 0), (0, 0), (Fraction(1, 2), 0), (-3, Fraction(0))]:
    try:
        Fraction(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for args in [(1.5, 2), (1, 2.0), ([1],), (None,), ('1', 2), (complex(1, 0),)]:
    try:
        Fraction(*args)
    except TypeError as e:
        print("TypeError", e)

f = Fraction(-22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(str(f), repr(f), str(Fraction(4, 2)), repr(Fraction(4, 2)), f"{f}", "%s|%r" % (f, f))
print(format(f, ''), "{}".format(f))
try:
    format(f, '.2f')
except TypeError as e:
    print("TypeError", e)
print(Fraction(355, 113) == Fraction('355/113'), bool(Fraction(0)), bool(Fraction(1, 9)))
print(Fraction(10**30 + 1, 3 * 10**30), Fraction(-2**70, 2**68))

# limit_denominator
import math
pi = Fraction(math.pi)
for m in [1, 2, 7, 10, 100, 113, 1000, 10**6, 10**9]:
    print(m, repr(pi.limit_denominator(m)))
print(repr(Fraction('3.141592653589793').limit_denominator(10)))
print(repr(Fraction(1, 3).limit_denominator(5)), repr(Fraction(-5, 12).limit_denominator(4)))
print(repr(Fraction(0.1).limit_denominator()), repr(Fraction(1.1).limit_denominator(1)))
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)


class Money(Fraction):
    pass

m = Money(5, 2)
print(repr(m), str(m), type(m + 1).__name__, repr(m + m), isinstance(m, Fraction))

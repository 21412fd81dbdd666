# fractions.Fraction: arithmetic, comparisons, hashing
from fractions import Fraction as F

a, b = F(1, 3), F(-5, 4)
for x, y in [(a, b), (b, a), (a, 2), (3, b), (F(7, 2), F(7, 2)), (F(-7, 3), F(2, 5)), (F(0), F(3, 8))]:
    print(repr(x), repr(y))
    print(' ', repr(x + y), repr(x - y), repr(x * y), repr(x / y), repr(x // y),
          repr(x % y))
    print(' ', x < y, x <= y, x > y, x >= y, x == y, x != y)

for x, y in [(a, 0.5), (0.5, a), (b, 2.0), (1e300, F(1, 3)), (a, complex(1, 2)), (complex(0, 1), b)]:
    print(repr(x), repr(y), x + y, x - y, x * y, x / y)
print(a // 0.25, b // 0.5, b % 0.5, 2.5 % a, 2.5 // a)
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) == complex(0.5, 0), F(1, 2) == complex(0.5, 1))
print(F(1, 2) < 0.6, F(1, 2) > float('inf'), F(1, 2) < float('inf'), F(1, 2) == float('nan'),
      F(1, 2) < float('nan'), F(1, 2) >= float('-inf'), 0.3 < F(1, 3), 2 > F(7, 4))
print(F(2) == 2, 2 == F(2), F(5, 2) == 2, F(1, 2) != 'x', F(1, 2) == None)
print(sorted([F(1, 2), 0.25, 1, F(-3, 7), 0, F(2, 3)]))
print(max(F(1, 3), F(2, 7)), min([F(9, 10), 0.95, F(1)]), sum([F(1, n) for n in range(1, 11)]))

# powers
for base in [F(2, 3), F(-2, 3), F(0), F(5)]:
    for e in [0, 1, 3, -1, -2, F(2), F(-3, 1)]:
        try:
            print(repr(base), repr(e), repr(base ** e))
        except ZeroDivisionError as err:
            print(repr(base), repr(e), "ZeroDivisionError", err)
print(F(4, 9) ** F(1, 2), F(2) ** 0.5, 2 ** F(3), 2 ** F(-1), repr(2 ** F(-2)),
      F(1, 4) ** 0.5, 4 ** F(1, 2), 2.0 ** F(3), repr(F(3) ** F(2)))
print(pow(F(-8), F(1, 3)) if False else "skip-complex-root")

# unary
print(repr(-a), repr(+b), repr(abs(b)), repr(abs(F(3, 4))))

# errors
for op in ['/', '//', '%']:
    for y in [F(0), 0]:
        try:
            if op == '/':
                a / y
            elif op == '//':
                a // y
            elif op == '%':
                a % y
        except ZeroDivisionError as e:
            print(op, repr(y), "ZeroDivisionError", e)
for y in [F(0)]:
    for x in [F(5), F(-6), F(0), F(3, 4)]:
        try:
            x / y
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
try:
    1 / F(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
for bad in ['1', [1], None]:
    try:
        a + bad
    except TypeError as e:
        print("TypeError", e)
    try:
        a < bad
    except TypeError as e:
        print("TypeError", e)

# hashing: equal numbers hash alike, as CPython's
for v in [F(1, 2), F(-1, 2), F(3), F(-1), F(1, 3), F(10**40, 7), F(-7, 10**40),
          F(1, 2305843009213693951), F(3, 2 * 2305843009213693951), F(0)]:
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1))
d = {F(1, 2): 'half', 0.5: 'float half', 2: 'two'}
print(d[F(4, 8)], d[F(2)], len(d), len({F(1, 2), 0.5, F(2, 4)}))

# exactness
total = F(0)
for i in range(1, 50):
    total += F(1, i * (i + 1))
print(total, 1 - total)
x = F(1)
for _ in range(20):
    x = (x + 2 / x) / 2 if False else (x + F(2) / x) / 2
    if x.denominator > 10**40:
        break
print(x.numerator % 1000, len(str(x.denominator)))
print(F(3, 4).__round__(), F(5, 2).__round__(), F(7, 2).__round__(), F(-5, 2).__round__(),
      repr(F(22, 7).__round__(2)), repr(F(12345, 1).__round__(-2)), F(-7, 2).__floor__(),
      F(-7, 2).__ceil__(), F(-7, 2).__trunc__(), F(-7, 2).__int__(), F(1, 3).__float__())

# Exponentiation: ints, negative exponents, floats, three-argument pow.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(2 ** 100, 3 ** 50, (-3) ** 33)
print(2.0 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 1.5 ** 2, 0.0 ** 0, 1 ** 1e300)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, 0, 1), pow(0, 0, 5), pow(2, 2 ** 20, 10 ** 9 + 7))
print(pow(2.0, 3), pow(2, -1), pow(-8, 2))
print(pow(3, -1, 7), pow(5, -2, 11))
print(10 ** 18, 10 ** 19, 2 ** 63, 2 ** 64, -(2 ** 63))
print((-1) ** 1000001, (-1.0) ** 2, (-8.0) ** 3)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print("TypeError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print("ValueError:", e)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(2.0 ** 2).__name__)

# round(): half-even, ndigits positive and negative, ints and floats.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005]:
    print(x, round(x), round(x, 2), type(round(x)).__name__)
for x in [1234.5678, -1234.5678, 0.0, 1e20, 1.23456789e-5]:
    print(round(x, 0), round(x, 1), round(x, 3), round(x, -1), round(x, -2))
for n in [1234, -1234, 15, 25, 35, -25, 0, 10 ** 20 + 5]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 1), round(n, -30))
print(round(5, -1), round(15, -1), round(25, -1), round(-5, -1), round(-15, -1))
print(round(0.125, 2), round(0.375, 2), round(0.1 + 0.2, 15), round(2.5, 0))
print(round(1e300, 2), round(-0.0), round(-0.4), round(0.6), round(7.0))
print(type(round(2.5, 0)).__name__, type(round(3, 0)).__name__, type(round(3, -1)).__name__)
print(round(float("inf"), 2), round(float("nan"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(True), round(True, -1))
print(round(123.456, None), round(2.5, None))

c = complex(3, 4)
for other in [2, -3, 0.5, -0.25, 10 ** 20, True, complex(1, -1)]:
    print(other, c + other, other + c, c - other, other - c, c * other, other * c, c / other, other / c, c ** 2 == c * c)
print(c ** 0, c ** 1, c ** -1, c ** 1.5, 0 ** complex(1, 0), complex(0, 0) ** 0, 2 ** complex(0, 0))
try:
    0 ** complex(-1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    complex(0, 0) ** complex(0, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    complex(1e200, 1e200) ** 3
except OverflowError as e:
    print("OverflowError", e)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError", e)

# Mixed float/int comparisons and conversions.
print(1 == 1.0, 1 < 1.5, 2 > 1.999999, -1 == -1.0, 0 == -0.0)
print(2 ** 53 + 1 > 2 ** 53 + 0.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"))
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan, nan == 1)
print(inf > 10 ** 1000, -inf < -10 ** 1000, inf == inf, inf - inf)
print(int(3.7), int(-3.7), int(1e20), int(-0.5), int(2.5e-3))
print(float(3), float(-0), float(10 ** 20), float(True))
print(3 / 2, -3 / 2, 4 / 2, 1 / 3, 10 ** 20 / 10 ** 10, 7 / -7)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 0.1 * 3, 1.1 * 1.1)
print(1e16 + 1, 1e16 + 2, 2 ** 0.5 * 2 ** 0.5)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sorted([3, 1.5, 2, -1, 0.0, 10 ** 20, -2.5]))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 == True)
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 6)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(3 * 1.1, 100 * 1.1, 0.1 * 0.1, 1 - 0.9, 2.675 * 100)
print(1e-320, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print(-1.5e-10, 123456789.123456789, 0.000001, 0.0000001, 1e15, 1e16)

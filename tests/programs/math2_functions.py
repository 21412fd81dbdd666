import math

for x in [0.0, -0.0, 1.0, 8.0, -27.0, 2.5, 1e300, float("inf"), float("nan")]:
    print(x, math.cbrt(x), math.ulp(x))
for x in [0, 1, -1, 10, 0.5, -1074, 1023.5, 3.3]:
    print(x, math.exp2(x))
try:
    math.exp2(2000)
except OverflowError as e:
    print("OverflowError", e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))
for x, y in [(10, 3), (11, 3), (-10, 3), (5.5, 2), (1e300, 3.3), (3, float("inf")), (7.5, -2.5)]:
    print(x, y, math.remainder(x, y))
for x, y in [(1, 0), (float("inf"), 1)]:
    try:
        math.remainder(x, y)
    except ValueError as e:
        print("ValueError", e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(float("inf"), float("inf")),
      math.isclose(float("nan"), float("nan")), math.isclose(5, 5))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
for x in [1, 2, 8, 1024, 10, 1000, 0.1, 3, 2 ** 1000, 2 ** 1023 * 3, 10 ** 400, 7 ** 500]:
    print(math.log2(x), math.log10(x), math.log(x), math.log(x, 3))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 27), math.gcd(-4, 6), math.lcm(4, 6, 10), math.lcm())
print(math.fsum([0.1] * 10), math.prod([1, 2, 3], start=2), math.isqrt(10 ** 20 + 1), math.comb(10, 3), math.perm(5))
print(math.tau, math.e, math.pi, math.inf, -math.inf, math.nan)

import math

print(math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50), math.gcd(-12, -18, 30), math.lcm(0, 5), math.lcm(2 ** 40, 3 ** 20))
print(math.isqrt(0), math.isqrt(1), math.isqrt(99), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1))
print(math.comb(50, 25), math.comb(5, 0), math.comb(5, 6), math.perm(10, 3), math.perm(10, 0), math.perm(3, 5))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10 ** 20), math.ceil(2.0000001))
print(math.prod(range(1, 11)), math.prod([0.5, 4]), math.prod([]), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
for bad in [(-1,), (1.5,)]:
    try:
        math.factorial(bad[0])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError", e)
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), math.modf(-3.25), math.frexp(40.0), math.ldexp(0.625, 6))
print(math.degrees(math.pi), math.radians(180), math.atan2(-1, -1), math.sqrt(2), math.exp(1), math.log1p(1e-10))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(100), math.expm1(1e-8))

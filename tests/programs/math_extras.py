import math
print(math.frexp(8.0), math.frexp(0.3), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5))
print(math.isqrt(10**40 + 12345), math.isqrt(15), math.isqrt(16), math.prod([1, 2, 3, 4]), math.prod([1.5, 2], start=2))
print(math.lcm(4, 6, 10), math.lcm(), math.comb(10, 3), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.comb(3, 5))
print(math.pow(0.0, float('-inf')), math.copysign(1, float('-nan')), list(zip('ab', 'cd', strict=True)))
try:
    list(zip('ab', 'cde', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip('abc', 'de', 'f', strict=True))
except ValueError as e:
    print(e)
print("%(a)s-%(b)05.1f %%" % {"a": "x", "b": 2.25}, "%.*f" % (2, 3.14159), f"{True:5}|{False:>3}|")
print(math.log10(10**400), math.log2(2**2000), math.log(10**500), math.erf(1), math.erfc(3))
print(round(True, 1), round(1.5, 10**20), math.fsum([1e308, -1e308, 1.0]), math.fsum([0.1] * 10))
try:
    math.fsum([float('inf'), float('-inf')])
except ValueError as e:
    print("ValueError", e)
print(float('inf') // 1, divmod(float('-inf'), 3), 5.0 % float('-inf'), -5.0 // float('inf'))

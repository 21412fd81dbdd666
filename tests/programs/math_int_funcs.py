# Integer-oriented math functions: gcd, factorial, floor/ceil on ints and bools.
import math
print(math.gcd(12, 18), math.gcd(0, 7), math.gcd(-4, -6), math.gcd(10 ** 30, 10 ** 20 * 7), math.gcd(1, 0))
print(math.factorial(1), math.factorial(10), math.factorial(25), len(str(math.factorial(100))))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(True), math.ceil(7), math.floor(-10 ** 20), math.ceil(2 ** 70))
print(math.trunc(-0.9), math.trunc(10 ** 25), math.floor(1e300) == int(1e300))
def lcm(a, b):
    return abs(a * b) // math.gcd(a, b) if a and b else 0
print(lcm(4, 6), lcm(0, 5), lcm(21, 6), lcm(2 ** 40, 3 ** 20))
def comb(n, k):
    if k < 0 or k > n:
        return 0
    return math.factorial(n) // (math.factorial(k) * math.factorial(n - k))
print(comb(10, 3), comb(5, 0), comb(5, 6), comb(100, 50))
def isqrt(n):
    x = int(math.sqrt(n))
    while x * x > n:
        x -= 1
    while (x + 1) * (x + 1) <= n:
        x += 1
    return x
print(isqrt(0), isqrt(15), isqrt(16), isqrt(10 ** 30 + 1))
try:
    math.factorial(-3)
except ValueError as e:
    print("ValueError:", e)
try:
    math.gcd(2.0, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    math.sqrt(None)
except TypeError as e:
    print("TypeError:", e)

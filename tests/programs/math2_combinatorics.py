import math

row = [math.comb(10, k) for k in range(11)]
print(row, sum(row) == 2 ** 10)
print([math.perm(6, k) for k in range(7)], math.perm(6), math.factorial(6))
print(math.comb(100, 50), math.comb(1000, 3), math.perm(20, 10))
print([math.gcd(a, 36) for a in range(1, 13)], [math.lcm(a, 6) for a in range(1, 9)])
print(math.isqrt(15), math.isqrt(16), math.isqrt(17), [math.isqrt(n) for n in range(10)])
for args in [(5, -1), (-5, 2)]:
    try:
        math.comb(args[0], args[1])
    except ValueError as e:
        print("ValueError", e)
try:
    math.comb(5.0, 2)
except TypeError as e:
    print("TypeError", e)

import math

f = 1
for k in range(1, 101):
    f *= k
print(f)
print(len(str(f)), sum(int(c) for c in str(f)), str(f).rstrip("0")[-10:], len(str(f)) - len(str(f).rstrip("0")))
print(f == math.factorial(100), math.comb(100, 50), math.perm(20, 10))
print(2 ** 1000 % 10 ** 20, len(str(2 ** 10000)), (3 ** 200).bit_length())
a = 10 ** 50 + 12345
b = 987654321987654321
print(a // b, a % b, divmod(-a, b), a * b, -a // 7, (-a) % 7)
print(pow(a, 3) - a ** 3, math.isqrt(a), math.isqrt(10 ** 100) == 10 ** 50)
fibs = [0, 1]
while len(str(fibs[-1])) < 100:
    fibs.append(fibs[-1] + fibs[-2])
print(len(fibs) - 1, fibs[-1])
catalan = [math.comb(2 * n, n) // (n + 1) for n in range(40)]
print(catalan[-1], catalan[20])
x = 1 << 200
print(x, hex(x), x >> 190, x & (x - 1), (x - 1) & 0xFFFF, ~x < 0, (x | 5) - x)
print(int("1" * 60, 2), int("zz" * 10, 36), str(-x)[:12], format(x, ",")[:20])
digits_e = 10 ** 60
term = digits_e
k = 1
total = 0
while term:
    total += term
    term //= k
    k += 1
print(total)
print(math.gcd(f, 2 ** 200), f // math.factorial(98), abs(-f) == f, -f < -f + 1)

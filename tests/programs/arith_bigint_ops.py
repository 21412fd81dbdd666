# Big integer arithmetic, bitwise operators, comparisons.
a = 2 ** 200 + 12345
b = 3 ** 100 - 1
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, -a // b, -a % b)
print(a // 7, a % 7, a // -7, a % -7)
print(a & b, a | b, a ^ b)
print(~a, -a & 0xFFFF, a >> 150, a << 10, -a >> 3)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(2 ** 100) >> 1)
print(a > b, a == a + 0, a != b, -a < -b)
print(a == float(a), 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(float(a), float(-b), int(float(2 ** 60)))
print(abs(-a), abs(b) == b, -(-a) == a)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(-(7 ** 77))[-10:])
print(int(str(a)) == a, int("-" + str(b)) == -b)
f = 1
for i in range(1, 40):
    f *= i
print(f, f % (10 ** 9 + 7), f // (2 ** 40))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 3, -5 | 3, -5 ^ 3, 1 << 0, 8 >> 5)
print(True + True, True * 10, -True, ~True, True & False, True | 2)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)

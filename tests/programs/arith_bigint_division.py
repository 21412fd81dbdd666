# True division and float conversion of very large ints (correct rounding).
print((10 ** 400) / (10 ** 399), (10 ** 400 + 1) / 10 ** 400, 10 ** 30 / 3, -(10 ** 30) / 7)
print((2 ** 1100) / (2 ** 1090), 1 / 10 ** 300, 10 ** 300 / 10 ** 600 if False else 1.0)
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(2 ** 64 - 1), float(-(2 ** 63)), float(10 ** 23))
print(float(2 ** 1023), float(12345678901234567890123), int(float(12345678901234567890123)))
print(2 ** 53 + 1 == 2 ** 53 + 1.0, (2 ** 53 + 1) * 1.0, 3 * 10 ** 20 / 10 ** 20, 7 / 7 ** 1)
try:
    print(float(2 ** 1024))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2 ** 1024 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 1024) / (2 ** 1000), (2 ** 2000) // (3 ** 1000), 2 ** 2000 % 1000007)
print(10 ** 20 // 3.0, 10 ** 20 % 3.0, (10 ** 20 + 1) == 1e20, 10 ** 20 == 1e20)
print(int(1e23), int(-1e23), int(2.0 ** 100) == 2 ** 100, int(1.5e300) // 10 ** 290)
vals = [123456789 ** 3, -(987654321 ** 2), 10 ** 17 + 3]
for v in vals:
    print(v, v / 1000, v // 1000, v % 1000, float(v), -v / 3)

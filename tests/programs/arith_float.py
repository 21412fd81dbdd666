# Float arithmetic and repr.
print(0.1 + 0.2, 1.0, 1.5e300 * 10, 1e-5, 1e16, 123456789.0)
print(1 / 3, 2 / 3, 10 / 4, -7 / 2)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(2.0 ** 0.5, 10.0 ** -2, 1e308 * 10, -1e308 * 10)
print(float("inf"), float("-inf"), float("nan") != float("nan"))
print(0.0, -0.0, 0.0 == -0.0)
print(3 * 1.5, 3 + 0.5, 1 / 2 * 2)
print(int(3.9), int(-3.9), float(7), float("2.5"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
print(1e22, 1e21, 1.0e15, 0.0001, 0.00001)
x = 1.0
x /= 3
print(x, x * 3 == 1.0)
print(abs(-2.5), max(1.5, 2), min(-0.5, 0))

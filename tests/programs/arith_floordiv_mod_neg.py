# Floor division and modulo with negative operands, ints and floats.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 10), (-1, 10),
         (10 ** 20 + 1, 7), (-(10 ** 20) - 1, 7), (10 ** 20, -(10 ** 9 + 7))]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.1), (-1.0, 0.3),
          (5, 0.5), (1e300, 3.0), (-0.0, 5.0), (0.0, -5.0)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 3.0, 1 % -3.0, -1e-20 % 1.0, 1e-20 % -1.0)
print(7 // 1.0, -7 // 1.0, 6.0 // 4, -6.0 // 4)
print(divmod(-9, 4), divmod(9, -4), divmod(-9.0, 4), divmod(9, -4.0))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0)]:
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

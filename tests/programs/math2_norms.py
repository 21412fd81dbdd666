import math

vals = [(3, 4), (1e300, 1e300), (1e-320, 1e-320), (0.1, 0.2, 0.3), (1, 1, 1, 1), (), (5,), (-3, 4),
        (1.5, 2.25, 3.125, 4.0625), (float("inf"), float("nan")), (float("nan"), 1), (0.0, -0.0),
        (1e-310, 3e-310), (2 ** 60, 1), (7, 24, 0.001)]
for v in vals:
    print(v)
for v in vals:
    if len(v) == 0:
        print(math.hypot())
    elif len(v) == 1:
        print(math.hypot(v[0]))
    elif len(v) == 2:
        print(math.hypot(v[0], v[1]), math.dist(v, (0, 0)))
    elif len(v) == 3:
        print(math.hypot(v[0], v[1], v[2]), math.dist(v, (1, 2, 3)))
    else:
        print(math.hypot(v[0], v[1], v[2], v[3]))
x = 0.1
for i in range(60):
    a = x * (i + 1) * 1.37
    b = x * (60 - i) * 0.73
    print(math.hypot(a, b), math.hypot(a, b, i), math.dist((a, b), (b, a + i)))
    x = x * 1.1
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError", e)

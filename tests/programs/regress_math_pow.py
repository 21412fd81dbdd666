import math
for a, b in [(0, -1), (0.0, -1.5), (10, 400), (-1, 0.5), (2.0, 1e5)]:
    try:
        print(math.pow(a, b))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for f in [math.exp, math.cosh, math.sinh]:
    try:
        print(f(1000))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    print(math.ldexp(1.0, 5000))
except OverflowError as e:
    print(type(e).__name__, e)

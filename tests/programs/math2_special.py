import math

inf = math.inf
nan = math.nan
for f in [math.floor, math.ceil, math.trunc]:
    for x in [inf, nan]:
        try:
            f(x)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.fsum([inf, 1]), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.copysign(0.0, -1), math.fabs(-inf), math.fmod(5, inf), math.remainder(5, inf), math.ulp(inf), math.ulp(nan))
print(math.nextafter(inf, 0), math.nextafter(0.0, -inf), math.cbrt(-inf), math.exp2(-inf), math.exp2(inf))
print(math.atan(inf), math.atan2(inf, inf), math.tanh(inf), math.exp(-inf), math.log(inf), math.sqrt(inf))
print(math.pow(2, 0.5), math.pow(0.0, 0.0), math.pow(1, nan), math.pow(nan, 0))
for args in [(0.0, -1.0), (-1.0, 0.5)]:
    try:
        math.pow(args[0], args[1])
    except ValueError as e:
        print("ValueError", e)
print(math.isclose(inf, inf), math.isclose(nan, nan), math.isclose(-inf, inf), math.dist([inf], [0]))

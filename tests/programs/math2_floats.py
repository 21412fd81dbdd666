import math

vals = [0.0, -0.0, 0.5, 1.0, 2.0, 10.0, 1e-300, 1e300, 123.456, math.pi, math.e]
for x in vals:
    print(repr(x), math.cbrt(x), math.exp2(x if x < 1000 else 10), math.ulp(x), math.nextafter(x, 1.0),
          math.copysign(1.0, x), math.isfinite(x))
for x in [1, 2, 3, 10, 100, 1000, 1e10, 0.5, 2 ** 0.5]:
    print(x, math.log(x), math.log2(x), math.log10(x), math.log1p(x), math.sqrt(x), math.exp(-x))
for x in [0.1, 0.5, 1.0, 2.0, -1.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.atan(x))
for bad in [(math.sqrt, -1), (math.log, 0), (math.acos, 2), (math.exp, 1000)]:
    try:
        bad[0](bad[1])
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.hypot(3, 4, 12), math.hypot(-1e200, 1e200), math.dist([1, 2], [4, 6]), math.dist((0, 0, 0), (1, 1, 1)))

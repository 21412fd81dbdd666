# math constants and trigonometry.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), "%.10f" % math.pi, f"{math.e:.5f}", round(math.pi, 4))
for deg in [0, 30, 45, 60, 90, 180, 270, 360]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), "%.6f" % math.tan(r) if deg != 90 and deg != 270 else "inf")
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 6), math.cos(math.pi / 3))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.sin(1e10), math.cos(-3), math.tan(1.5))
print(math.degrees(1), math.radians(1), math.degrees(math.atan2(3, 4)))
print(math.pi * 2 == math.tau, math.isinf(math.inf), math.isnan(math.nan), math.e ** 2, math.exp(2))

import math
nan = float("nan")
print(math.copysign(1, nan), math.copysign(1, -nan), math.copysign(1, float("-nan")), math.copysign(1, math.nan), math.copysign(1, float("inf") - float("inf")))
print(math.copysign(1, float("nan") * 1), math.copysign(1, abs(nan)))
print(math.erf(0.5), math.erf(2), math.erfc(0.1), math.erf(-1), math.gamma(5.5), math.lgamma(0.5), math.erf(1e-5), math.erfc(3))
print(math.fsum([float("inf"), 1.0]), math.fsum([1.0, float("nan")]))

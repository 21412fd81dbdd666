import cmath
import math

for x in [0.5, 2, -3, 1e-8, 100, True]:
    print(x, cmath.sqrt(x), cmath.exp(x), cmath.log(x), cmath.sin(x), cmath.cos(x), cmath.tan(x), cmath.phase(x))
print(cmath.isclose(cmath.sqrt(2), math.sqrt(2)), cmath.exp(0), cmath.log(1), cmath.sqrt(-0.0))
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError", e)
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)

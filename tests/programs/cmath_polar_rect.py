import cmath
import math

for z in [complex(1, 0), complex(0, 1), complex(-1, 0), complex(0, -1), complex(3, 4), complex(-2.5, -1e-3),
          complex(1e-300, 1e-300), complex(1e300, 1e300), 5, -5.5]:
    r, phi = cmath.polar(z)
    print(z, r, phi, cmath.phase(z), cmath.rect(r, phi))
print(cmath.rect(0, 1), cmath.rect(2, 0), cmath.rect(-1, math.pi / 2), cmath.rect(1.5, -math.pi))
try:
    cmath.rect(1, float("inf"))
except ValueError as e:
    print("ValueError", e)

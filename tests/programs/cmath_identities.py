import cmath
import math

z = complex(0.3, 0.4)
print(cmath.exp(cmath.log(z)), cmath.sqrt(z) * cmath.sqrt(z), cmath.sin(z) ** 2 + cmath.cos(z) ** 2)
r, phi = cmath.polar(complex(-2, 2))
print(r, phi, cmath.rect(r, phi))
for k in range(5):
    w = cmath.rect(1, 2 * math.pi * k / 5)
    print(k, w, abs(w), cmath.phase(w))
print(cmath.sqrt(complex(-4, 0)), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(0), cmath.sqrt(1e-320), cmath.sqrt(complex(1e-310, 1e-310)))
print(cmath.log(10), cmath.log(1e300), cmath.log10(1000), cmath.log(8, 2), cmath.log(complex(1e-320, 0)))
print(cmath.exp(complex(700, 0.5)), cmath.cosh(complex(2, 3)), cmath.tanh(complex(400, 1)))
print(cmath.atanh(complex(1, 1e-200)), cmath.atanh(complex(1e200, 1)), cmath.acos(2), cmath.asin(2), cmath.acosh(0.5))
print(cmath.isclose(cmath.exp(complex(0, math.pi)), -1), cmath.isclose(cmath.exp(complex(0, math.pi)), -1, abs_tol=1e-15))

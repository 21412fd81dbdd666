import cmath
import math

zs = [complex(1, 2), complex(-3, 4), complex(0.5, -0.25), complex(-1, 0), complex(0, 1), complex(2, 0),
      complex(1e-5, 1e-5), complex(100, -50), complex(-0.7, -0.7), 3, -2.5, complex(1.2, 0.8)]
for z in zs:
    print(z)
    print(" sqrt", cmath.sqrt(z), "exp", cmath.exp(z), "log", cmath.log(z), "log10", cmath.log10(z))
    print(" phase", cmath.phase(z), "polar", cmath.polar(z), "abs", abs(complex(z)))
    print(" trig", cmath.sin(z), cmath.cos(z), cmath.tan(z))
    print(" hyp", cmath.sinh(z), cmath.cosh(z), cmath.tanh(z))
    print(" inv", cmath.asin(z), cmath.acos(z), cmath.atan(z) if z != complex(0, 1) else "pole")
    print(" invh", cmath.asinh(z), cmath.acosh(z), cmath.atanh(z) if z != complex(-1, 0) else "pole")
    print(" logb", cmath.log(z, 2), cmath.log(z, complex(1, 1)))
print(cmath.rect(2, math.pi / 4), cmath.rect(1, 0), cmath.rect(3, math.pi))
print(cmath.isclose(complex(1, 1), complex(1, 1.0000000001)), cmath.isclose(1, 2), cmath.isclose(complex(0, 0), 1e-12, abs_tol=1e-9))
print(cmath.isfinite(complex(1, 2)), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isnan(1.0))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(complex(0, math.pi)), cmath.log(-1))
for f, arg in [(cmath.log, 0), (cmath.atanh, 1), (cmath.exp, complex(1000, 1))]:
    try:
        f(arg)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

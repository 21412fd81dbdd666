import cmath

for z in [complex(-2, 0), complex(-2, -0.0), complex(2, 0), complex(0, 2), complex(0, -2), complex(0.5, 0),
          complex(1.5, 0), complex(-1.5, 0), complex(0, 0.5)]:
    print(z, cmath.sqrt(z), cmath.log(z) if z != 0 else "-", cmath.asin(z), cmath.acos(z), cmath.atan(z),
          cmath.asinh(z), cmath.acosh(z), cmath.atanh(z))

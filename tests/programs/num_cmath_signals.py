import cmath
import math


def dft(xs):
    n = len(xs)
    return [sum(x * cmath.exp(complex(0, -2 * math.pi * k * t / n)) for t, x in enumerate(xs)) for k in range(n)]


def idft(X):
    n = len(X)
    return [sum(v * cmath.exp(complex(0, 2 * math.pi * k * t / n)) for k, v in enumerate(X)) / n for t in range(n)]


sig = [math.sin(2 * math.pi * 2 * t / 16) + 0.5 * math.cos(2 * math.pi * 5 * t / 16) for t in range(16)]
X = dft(sig)
mags = [round(abs(v), 6) for v in X]
print(mags)
print([k for k, m in enumerate(mags) if m > 1e-6])
back = idft(X)
print(max(abs(b.real - s) for b, s in zip(back, sig)) < 1e-12, max(abs(b.imag) for b in back) < 1e-12)
z = complex(3, 4)
print(abs(z), cmath.phase(z), cmath.polar(z), cmath.rect(5, cmath.phase(z)))
roots = [cmath.exp(complex(0, 2 * math.pi * k / 5)) for k in range(5)]
print([("%.6f" % r.real, "%.6f" % r.imag) for r in roots])
s = sum(roots)
print(abs(s) < 1e-12, round(abs(roots[1] ** 5 - 1), 12))
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print((-b + d) / (2 * a), (-b - d) / (2 * a))
print(cmath.sqrt(-4), cmath.log(complex(-1, 0)), cmath.exp(complex(0, math.pi)).real)

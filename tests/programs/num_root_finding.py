import math


def bisect(f, a, b, tol=1e-12, maxit=200):
    fa = f(a)
    if fa * f(b) > 0:
        raise ValueError("no sign change on [%g, %g]" % (a, b))
    for i in range(maxit):
        m = (a + b) / 2
        fm = f(m)
        if fm == 0 or (b - a) / 2 < tol:
            return m, i
        if fa * fm < 0:
            b = m
        else:
            a, fa = m, fm
    return (a + b) / 2, maxit


def newton(f, df, x, tol=1e-14, maxit=50):
    for i in range(maxit):
        step = f(x) / df(x)
        x -= step
        if abs(step) < tol:
            return x, i + 1
    raise RuntimeError("newton did not converge from %r" % x)


def secant(f, x0, x1, tol=1e-13):
    for i in range(100):
        f0, f1 = f(x0), f(x1)
        if f1 == f0:
            break
        x0, x1 = x1, x1 - f1 * (x1 - x0) / (f1 - f0)
        if abs(x1 - x0) < tol:
            return x1, i + 1
    return x1, i + 1


f = lambda x: x ** 3 - 2 * x - 5
df = lambda x: 3 * x ** 2 - 2
print(bisect(f, 2, 3))
print(newton(f, df, 2.0))
print(secant(f, 2.0, 3.0))
print(newton(math.cos, lambda x: -math.sin(x), 1.0)[0] * 2, math.pi)
print(bisect(lambda x: math.exp(x) - 3, 0, 2)[0], math.log(3))
for k in (2, 3, 10):
    r, it = newton(lambda x: x * x - k, lambda x: 2 * x, float(k))
    print(k, repr(r), it, r == math.sqrt(k))
try:
    bisect(f, 0, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    newton(lambda x: x * x + 1, lambda x: 2 * x, 0.5, maxit=20)
except RuntimeError as e:
    print("RuntimeError:", e)

import math

xs = [0.0, 1.0, 2.0, 3.0, 4.0]
ys = [1.0, 2.7, 7.4, 20.1, 54.6]


def lagrange(x):
    total = 0.0
    for i, (xi, yi) in enumerate(zip(xs, ys)):
        term = yi
        for j, xj in enumerate(xs):
            if j != i:
                term *= (x - xj) / (xi - xj)
        total += term
    return total


def linear(x):
    for (x0, y0), (x1, y1) in zip(zip(xs, ys), zip(xs[1:], ys[1:])):
        if x0 <= x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    raise ValueError("extrapolation at %g" % x)


def newton_divided():
    coef = list(ys)
    n = len(xs)
    for j in range(1, n):
        for i in range(n - 1, j - 1, -1):
            coef[i] = (coef[i] - coef[i - 1]) / (xs[i] - xs[i - j])
    return coef


def newton_eval(coef, x):
    r = coef[-1]
    for c, xi in zip(reversed(coef[:-1]), reversed(xs[:-1])):
        r = r * (x - xi) + c
    return r


coef = newton_divided()
print(["%.6f" % c for c in coef])
for x in (0.5, 1.5, 2.5, 3.5):
    print(x, "%.6f %.6f %.6f %.6f" % (lagrange(x), newton_eval(coef, x), linear(x), math.exp(x)))
lys = [math.log(y) for y in ys]
n = len(xs)
mx, my = sum(xs) / n, sum(lys) / n
b = sum((x - mx) * (y - my) for x, y in zip(xs, lys)) / sum((x - mx) ** 2 for x in xs)
a = math.exp(my - b * mx)
print("fit y = %.6f * exp(%.6f x)" % (a, b))
try:
    linear(5)
except ValueError as e:
    print(e)

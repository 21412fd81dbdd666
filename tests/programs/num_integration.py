import math


def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)


def simpson(f, a, b, n):
    if n % 2:
        raise ValueError("n must be even")
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3


def romberg(f, a, b, levels=8):
    R = [[trapezoid(f, a, b, 1)]]
    for k in range(1, levels):
        row = [trapezoid(f, a, b, 2 ** k)]
        for j in range(1, k + 1):
            row.append(row[j - 1] + (row[j - 1] - R[k - 1][j - 1]) / (4 ** j - 1))
        R.append(row)
    return R[-1][-1]


def adaptive(f, a, b, eps=1e-10, depth=0):
    c = (a + b) / 2
    whole = simpson(f, a, b, 2)
    left, right = simpson(f, a, c, 2), simpson(f, c, b, 2)
    if depth > 40 or abs(left + right - whole) < 15 * eps:
        return left + right + (left + right - whole) / 15
    return adaptive(f, a, c, eps / 2, depth + 1) + adaptive(f, c, b, eps / 2, depth + 1)


cases = [(math.sin, 0, math.pi, 2.0), (lambda x: x * x, 0, 3, 9.0),
         (lambda x: 4 / (1 + x * x), 0, 1, math.pi), (math.exp, -1, 1, math.e - 1 / math.e)]
for f, a, b, exact in cases:
    vals = [trapezoid(f, a, b, 64), simpson(f, a, b, 64), romberg(f, a, b), adaptive(f, a, b)]
    print(" ".join("%.3e" % abs(v - exact) for v in vals))
    print(" ".join("%.15f" % v for v in vals))
print(adaptive(lambda x: math.sqrt(x), 0, 1), 2 / 3)
try:
    simpson(math.sin, 0, 1, 3)
except ValueError as e:
    print(e)

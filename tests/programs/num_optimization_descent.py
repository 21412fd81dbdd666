import math


def rosen(x, y):
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def grad(f, x, y, h=1e-6):
    return ((f(x + h, y) - f(x - h, y)) / (2 * h), (f(x, y + h) - f(x, y - h)) / (2 * h))


def gradient_descent(f, x, y, lr, steps):
    for i in range(steps):
        gx, gy = grad(f, x, y)
        x, y = x - lr * gx, y - lr * gy
    return x, y, f(x, y)


def golden(f, a, b, tol=1e-10):
    g = (math.sqrt(5) - 1) / 2
    c, d = b - g * (b - a), a + g * (b - a)
    while b - a > tol:
        if f(c) < f(d):
            b, d = d, c
            c = b - g * (b - a)
        else:
            a, c = c, d
            d = a + g * (b - a)
    return (a + b) / 2


def nelder_mead(f, pts, iters=300):
    for _ in range(iters):
        pts.sort(key=lambda p: f(*p))
        best, mid, worst = pts
        cx, cy = (best[0] + mid[0]) / 2, (best[1] + mid[1]) / 2
        r = (2 * cx - worst[0], 2 * cy - worst[1])
        if f(*r) < f(*best):
            e = (3 * cx - 2 * worst[0], 3 * cy - 2 * worst[1])
            pts[2] = e if f(*e) < f(*r) else r
        elif f(*r) < f(*mid):
            pts[2] = r
        else:
            c = ((cx + worst[0]) / 2, (cy + worst[1]) / 2)
            if f(*c) < f(*worst):
                pts[2] = c
            else:
                pts[1] = ((best[0] + mid[0]) / 2, (best[1] + mid[1]) / 2)
                pts[2] = ((best[0] + worst[0]) / 2, (best[1] + worst[1]) / 2)
    pts.sort(key=lambda p: f(*p))
    return pts[0]


bowl = lambda x, y: (x - 3) ** 2 + 2 * (y + 1) ** 2
print(["%.6f" % v for v in gradient_descent(bowl, 0.0, 0.0, 0.1, 200)])
print(["%.6f" % v for v in gradient_descent(rosen, -1.0, 1.0, 0.001, 3000)])
print("%.8f" % golden(lambda t: (t - 2) ** 2 + 1, 0, 5), "%.8f" % golden(math.cos, 2, 4), "%.8f" % math.pi)
bx, by = nelder_mead(rosen, [(-1.2, 1.0), (-1.0, 1.2), (-0.8, 0.9)])
print("%.5f %.5f %.3e" % (bx, by, rosen(bx, by)))

import math


def cf_of_fraction(p, q):
    out = []
    while q:
        a, r = divmod(p, q)
        out.append(a)
        p, q = q, r
    return out


def convergents(cf):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    out = []
    for a in cf:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out


def cf_sqrt(n):
    a0 = math.isqrt(n)
    if a0 * a0 == n:
        return [a0], []
    m, d, a = 0, 1, a0
    period = []
    while True:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
        if a == 2 * a0:
            return [a0], period


print(cf_of_fraction(415, 93), cf_of_fraction(649, 200), cf_of_fraction(1, 7))
pi_cf = [3, 7, 15, 1, 292, 1, 1, 1, 2, 1, 3]
for h, k in convergents(pi_cf)[:6]:
    print(f"{h}/{k} = {h / k:.12f} err={abs(h / k - math.pi):.3e}")
for n in (2, 3, 7, 13, 19, 61):
    a0, per = cf_sqrt(n)
    print(n, a0, per, len(per))


def pell(n):
    a0, per = cf_sqrt(n)
    cf = a0 + per * 4
    for h, k in convergents(cf):
        if h * h - n * k * k == 1:
            return h, k


print([pell(n) for n in (2, 3, 5, 7, 13)], pell(61))
e_cf = [2] + [x for k in range(1, 12) for x in (1, 2 * k, 1)]
h, k = convergents(e_cf)[-1]
print(h, k, "%.15f" % (h / k), math.e)

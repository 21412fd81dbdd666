import math
import random

rng = random.Random(404)
values = [round(rng.gauss(100, 10), 2) for _ in range(60)]
for i, v in ((5, 180.0), (17, 20.5), (33, 151.25), (50, 99.0)):
    values[i] = v


def zscores(xs):
    m = sum(xs) / len(xs)
    sd = math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))
    return [(x - m) / sd for x in xs]


def mad_scores(xs):
    s = sorted(xs)
    n = len(s)
    med = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
    dev = sorted(abs(x - med) for x in xs)
    mad = (dev[n // 2 - 1] + dev[n // 2]) / 2 if n % 2 == 0 else dev[n // 2]
    return [0.6745 * (x - med) / mad for x in xs]


def iqr_flags(xs):
    s = sorted(xs)

    def q(p):
        k = (len(s) - 1) * p
        f = math.floor(k)
        return s[f] + (s[min(f + 1, len(s) - 1)] - s[f]) * (k - f)
    q1, q3 = q(0.25), q(0.75)
    lo, hi = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
    return [not lo <= x <= hi for x in xs], (round(lo, 4), round(hi, 4))


z = zscores(values)
m = mad_scores(values)
flags, fence = iqr_flags(values)
print("fence", fence)
for i, v in enumerate(values):
    methods = [name for name, hit in (("z", abs(z[i]) > 3), ("mad", abs(m[i]) > 3.5), ("iqr", flags[i])) if hit]
    if methods:
        print(f"#{i:02d} {v:8.2f} z={z[i]:+.3f} mad={m[i]:+.3f} {methods}")
clean = [v for v, f in zip(values, flags) if not f]
print(len(clean), round(sum(clean) / len(clean), 4), round(sum(values) / len(values), 4))

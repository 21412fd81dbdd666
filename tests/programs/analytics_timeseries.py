import math
import random

random.seed(7)
series = []
level = 100.0
for t in range(60):
    level += random.gauss(0.2, 1.5) + 3 * math.sin(t / 6)
    series.append(round(level, 3))
print(series[:6], series[-3:])


def sma(xs, n):
    return [round(sum(xs[i - n + 1:i + 1]) / n, 4) for i in range(n - 1, len(xs))]


def returns(xs):
    return [round(b / a - 1, 6) for a, b in zip(xs, xs[1:])]


def max_drawdown(xs):
    peak = xs[0]
    mdd = 0.0
    for x in xs:
        peak = max(peak, x)
        mdd = max(mdd, (peak - x) / peak)
    return round(mdd, 6)


def autocorr(xs, lag):
    m = sum(xs) / len(xs)
    num = sum((xs[i] - m) * (xs[i - lag] - m) for i in range(lag, len(xs)))
    den = sum((x - m) ** 2 for x in xs)
    return round(num / den, 6)


print(sma(series, 10)[:5])
r = returns(series)
print(len(r), min(r), max(r))
print("drawdown", max_drawdown(series))
print("acf", [autocorr(series, k) for k in (1, 2, 5, 10)])
up = sum(1 for x in r if x > 0)
print("up days", up, "down days", len(r) - up)
runs = []
cur = 1
for a, b in zip(r, r[1:]):
    if (a > 0) == (b > 0):
        cur += 1
    else:
        runs.append(cur)
        cur = 1
runs.append(cur)
print("longest run", max(runs), "runs", len(runs))
buckets = {}
for i, x in enumerate(series):
    buckets.setdefault(i // 12, []).append(x)
for k, v in buckets.items():
    print("period %d: lo=%.2f hi=%.2f mean=%.3f" % (k, min(v), max(v), sum(v) / len(v)))

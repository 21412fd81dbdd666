import math


def rolling(it, n):
    buf = []
    total = 0.0
    sq = 0.0
    for x in it:
        buf.append(x)
        total += x
        sq += x * x
        if len(buf) > n:
            old = buf.pop(0)
            total -= old
            sq -= old * old
        if len(buf) == n:
            mean = total / n
            var = max(0.0, sq / n - mean * mean)
            yield round(mean, 6), round(math.sqrt(var), 6)


def zscore_alerts(it, n, thresh):
    hist = []
    for i, x in enumerate(it):
        if len(hist) >= n:
            m = sum(hist[-n:]) / n
            sd = math.sqrt(sum((h - m) ** 2 for h in hist[-n:]) / n) or 1e-9
            z = (x - m) / sd
            if abs(z) > thresh:
                yield i, x, round(z, 3)
        hist.append(x)


def ema(it, alpha):
    s = None
    for x in it:
        s = x if s is None else alpha * x + (1 - alpha) * s
        yield round(s, 6)


data = [10, 11, 10.5, 12, 11.5, 30, 12, 11, 10.8, 11.2, -5, 11, 12, 11.7]
print(list(rolling(data, 4)))
print(list(zscore_alerts(data, 5, 2.5)))
print(list(ema(data, 0.3)))
print(max(rolling(iter(data), 3), key=lambda t: t[1]))

def summarize(fields):
    def apply(rows):
        out = {}
        for name, (col, fn) in fields.items():
            out[name] = fn([r[col] for r in rows])
        return out
    return apply


def mean(xs):
    return sum(xs) / len(xs) if xs else None


def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5 if len(xs) > 1 else 0.0


def pct(p):
    def f(xs):
        s = sorted(xs)
        k = (len(s) - 1) * p
        lo = int(k)
        return s[lo] + (s[min(lo + 1, len(s) - 1)] - s[lo]) * (k - lo)
    return f


def group_by(key):
    def deco(fn):
        def run(rows):
            groups = {}
            for r in rows:
                groups.setdefault(r[key], []).append(r)
            return {k: fn(v) for k, v in sorted(groups.items())}
        return run
    return deco


rows = [{"shop": s, "day": d, "rev": r, "cust": c} for s, d, r, c in [
    ("a", 1, 120.0, 10), ("a", 2, 95.5, 8), ("a", 3, 130.25, 12), ("b", 1, 60.0, 7),
    ("b", 2, 75.0, 9), ("b", 3, 58.5, 5), ("c", 1, 210.0, 20), ("c", 3, 190.0, 17)]]
stats = summarize({"n": ("rev", len), "mean": ("rev", lambda xs: round(mean(xs), 3)),
                   "sd": ("rev", lambda xs: round(stdev(xs), 3)), "p90": ("rev", lambda xs: round(pct(0.9)(xs), 3)),
                   "cust": ("cust", sum)})
print(stats(rows))
per_shop = group_by("shop")(stats)
for k, v in per_shop(rows).items():
    print(k, v)
per_day = group_by("day")(lambda rs: round(sum(r["rev"] for r in rs) / sum(r["cust"] for r in rs), 4))
print(per_day(rows))
print(sorted(map(lambda r: (r["shop"], r["rev"] / r["cust"]), rows), key=lambda t: -t[1])[:3])

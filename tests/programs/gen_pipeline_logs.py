LOG = """2024-01-03 10:00:01 INFO  user=alice action=login
2024-01-03 10:00:05 WARN  user=bob action=login failed=1
2024-01-03 10:01:00 INFO  user=alice action=view page=/home
2024-01-03 10:02:30 ERROR user=carol action=pay amount=12.50
2024-01-03 10:03:00 INFO  user=bob action=login
# comment line
2024-01-03 10:04:10 INFO  user=carol action=pay amount=7.25
2024-01-03 10:05:00 ERROR user=bob action=pay amount=3.00

2024-01-03 10:06:00 INFO  user=alice action=logout"""


def lines(text):
    for ln in text.splitlines():
        yield ln


def non_comment(it):
    for ln in it:
        if ln.strip() and not ln.startswith("#"):
            yield ln


def parse(it):
    for ln in it:
        date, time, level, *kvs = ln.split()
        rec = {"time": time, "level": level}
        for kv in kvs:
            k, _, v = kv.partition("=")
            rec[k] = v
        yield rec


def where(it, **cond):
    for rec in it:
        if all(rec.get(k) == v for k, v in cond.items()):
            yield rec


recs = list(parse(non_comment(lines(LOG))))
print(len(recs))
print([r["time"] for r in where(recs, level="ERROR")])
print(sum(float(r["amount"]) for r in where(recs, action="pay")))
levels = {}
for r in recs:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()))
by_user = {}
for r in recs:
    by_user.setdefault(r["user"], []).append(r["action"])
for u in sorted(by_user):
    print(u, "->", " ".join(by_user[u]))
g = parse(non_comment(lines(LOG)))
print(next(g)["user"], next(g)["level"], type(g).__name__)

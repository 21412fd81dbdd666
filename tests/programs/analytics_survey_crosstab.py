RESP = """1|25-34|yes|4|remote
2|35-44|no|3|office
3|25-34|yes|5|remote
4|18-24|yes|2|hybrid
5|45+|no|3|office
6|35-44|yes|4|hybrid
7|25-34|no|1|office
8|18-24|yes|5|remote
9|45+|yes|4|hybrid
10|35-44|yes|5|remote
11|25-34|yes|3|hybrid
12|45+|no|2|office"""
rows = [dict(zip(["id", "age", "recommend", "rating", "mode"], line.split("|"))) for line in RESP.splitlines()]
for r in rows:
    r["rating"] = int(r["rating"])
ages = sorted({r["age"] for r in rows}, key=lambda a: int(a[:2]))
modes = sorted({r["mode"] for r in rows})
print("%-7s" % "age" + "".join("%8s" % m for m in modes) + "%7s" % "all")
for a in ages:
    cells = [sum(1 for r in rows if r["age"] == a and r["mode"] == m) for m in modes]
    print("%-7s" % a + "".join("%8d" % c for c in cells) + "%7d" % sum(cells))
print("%-7s" % "all" + "".join("%8d" % sum(1 for r in rows if r["mode"] == m) for m in modes) + "%7d" % len(rows))
for m in modes:
    rs = [r["rating"] for r in rows if r["mode"] == m]
    yes = sum(r["recommend"] == "yes" for r in rows if r["mode"] == m)
    print(f"{m:<7} mean={sum(rs) / len(rs):.3f} recommend={yes / len(rs):.0%}")
nps_like = sum(1 for r in rows if r["rating"] >= 4) - sum(1 for r in rows if r["rating"] <= 2)
print("net score", nps_like, "of", len(rows), "=", round(100 * nps_like / len(rows), 1))
dist = {k: sum(1 for r in rows if r["rating"] == k) for k in range(1, 6)}
print(dist, "".join(str(k) * v for k, v in dist.items()))

# Data transformation with list comprehensions, as in analytics scripts.
csv = """id,name,score,weight
1,ann,88.5,1.0
2,bob,72.25,0.5
3,cy,95,2.0
4,dee,,1.5
5,ed,60.75,1.0"""
lines = csv.splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
print(rows[0], len(rows))
valid = [r for r in rows if r["score"]]
scores = [float(r["score"]) for r in valid]
weights = [float(r["weight"]) for r in valid]
wavg = sum([s * w for s, w in zip(scores, weights)]) / sum(weights)
print(scores, weights, round(wavg, 4), "%.3f" % wavg)
ranked = sorted(valid, key=lambda_free if False else None) if False else sorted(valid, key=len)
def score_key(r):
    return -float(r["score"])
for rank, r in enumerate(sorted(valid, key=score_key), 1):
    print(f"{rank:>2}. {r['name']:<5} {float(r['score']):6.2f}")
missing = [r["name"] for r in rows if not r["score"]]
print("missing:", missing)
norm = [(s - min(scores)) / (max(scores) - min(scores)) for s in scores]
print([f"{v:.3f}" for v in norm])
buckets = [[r["name"] for r in valid if lo <= float(r["score"]) < lo + 10] for lo in range(60, 100, 10)]
print(buckets)
table = [[str(c).rjust(6) for c in row] for row in [[1, 22, 333], [4444, 5, 66]]]
print("\n".join(["|".join(r) for r in table]))

import math
import random

rng = random.Random(8)
users = []
for uid in range(400):
    hazard = 0.05 if uid % 3 else 0.15
    life = 0
    while rng.random() > hazard and life < 52:
        life += 1
    users.append((uid, "paid" if uid % 3 else "free", life))
for plan in ("paid", "free"):
    lives = [l for _, p, l in users if p == plan]
    n = len(lives)
    curve = [sum(1 for l in lives if l >= w) / n for w in (0, 1, 4, 8, 12, 26, 52)]
    mean_life = sum(lives) / n
    med = sorted(lives)[n // 2]
    print(plan, n, "mean %.3f median %d" % (mean_life, med), " ".join("%.3f" % c for c in curve))
    fitted = -math.log(curve[4]) / 12 if curve[4] > 0 else float("inf")
    print("   fitted weekly churn %.4f" % fitted)
buckets = {}
for _, p, l in users:
    buckets.setdefault((p, min(l // 10, 5)), 0)
    buckets[(p, min(l // 10, 5))] += 1
print(sorted(buckets.items()))

import math
import random

rng = random.Random(42)
centers_true = [(2, 2), (8, 3), (5, 8)]
points = []
for cx, cy in centers_true:
    for _ in range(40):
        points.append((rng.gauss(cx, 1.0), rng.gauss(cy, 1.0)))
rng.shuffle(points)


def kmeans(pts, k, iters=50):
    cents = pts[:k]
    for it in range(iters):
        clusters = [[] for _ in range(k)]
        for p in pts:
            i = min(range(k), key=lambda j: math.dist(p, cents[j]))
            clusters[i].append(p)
        new = [(sum(p[0] for p in c) / len(c), sum(p[1] for p in c) / len(c)) if c else cents[i]
               for i, c in enumerate(clusters)]
        if new == cents:
            break
        cents = new
    sse = sum(min(math.dist(p, c) ** 2 for c in cents) for p in pts)
    return cents, clusters, it, sse


for k in (2, 3, 4):
    cents, clusters, it, sse = kmeans(points, k)
    order = sorted(range(k), key=lambda i: cents[i])
    print(k, it, "sse %.4f" % sse, [("%.3f" % cents[i][0], "%.3f" % cents[i][1], len(clusters[i])) for i in order])

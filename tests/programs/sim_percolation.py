import random


def find(parent, a):
    while parent[a] != a:
        parent[a] = parent[parent[a]]
        a = parent[a]
    return a


def union(parent, a, b):
    ra, rb = find(parent, a), find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def percolates(n, p, rng):
    open_ = [[rng.random() < p for _ in range(n)] for _ in range(n)]
    top, bottom = n * n, n * n + 1
    parent = list(range(n * n + 2))
    for r in range(n):
        for c in range(n):
            if not open_[r][c]:
                continue
            i = r * n + c
            if r == 0:
                union(parent, i, top)
            if r == n - 1:
                union(parent, i, bottom)
            if r > 0 and open_[r - 1][c]:
                union(parent, i, i - n)
            if c > 0 and open_[r][c - 1]:
                union(parent, i, i - 1)
    return find(parent, top) == find(parent, bottom)


rng = random.Random(99)
for p in (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8):
    hits = sum(percolates(20, p, rng) for _ in range(60))
    print("p=%.2f percolates %2d/60 %s" % (p, hits, "#" * (hits // 2)))

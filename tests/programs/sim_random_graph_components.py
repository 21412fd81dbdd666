import random


def components(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    sizes = {}
    for v in range(n):
        r = find(v)
        sizes[r] = sizes.get(r, 0) + 1
    return sorted(sizes.values(), reverse=True)


rng = random.Random(100)
n = 200
for avg_deg in (0.5, 0.9, 1.0, 1.2, 2.0, 4.0):
    m = int(n * avg_deg / 2)
    edges = [(rng.randrange(n), rng.randrange(n)) for _ in range(m)]
    comps = components(n, edges)
    print("deg %.1f edges %3d comps %3d giant %3d second %2d isolated %3d" %
          (avg_deg, m, len(comps), comps[0], comps[1] if len(comps) > 1 else 0, comps.count(1)))
deg = [0] * n
for a, b in [(rng.randrange(n), rng.randrange(n)) for _ in range(400)]:
    deg[a] += 1
    deg[b] += 1
hist = {}
for d in deg:
    hist[d] = hist.get(d, 0) + 1
print(sorted(hist.items()))

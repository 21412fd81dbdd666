PROJECTS = [("crm", 40, 95), ("wiki", 15, 30), ("etl", 30, 80), ("ml", 55, 140), ("ui", 20, 35),
            ("audit", 10, 28), ("cache", 25, 60), ("docs", 5, 9)]
BUDGET = 100


def best_subset(projects, budget):
    best = (0, 0, ())
    n = len(projects)
    for mask in range(1 << n):
        cost = value = 0
        chosen = []
        for i in range(n):
            if mask >> i & 1:
                name, c, v = projects[i]
                cost += c
                value += v
                chosen.append(name)
        if cost <= budget and (value, -cost) > (best[0], -best[1]):
            best = (value, cost, tuple(chosen))
    return best


def greedy(projects, budget):
    left = budget
    picked = []
    for name, c, v in sorted(projects, key=lambda p: (-p[2] / p[1], p[0])):
        if c <= left:
            picked.append(name)
            left -= c
    val = sum(v for n, c, v in projects if n in picked)
    return val, budget - left, tuple(picked)


exact = best_subset(PROJECTS, BUDGET)
approx = greedy(PROJECTS, BUDGET)
print("exact ", exact)
print("greedy", approx, "gap %.2f%%" % (100 * (exact[0] - approx[0]) / exact[0]))
for b in (30, 60, 90, 150):
    print(b, best_subset(PROJECTS, b)[:2], greedy(PROJECTS, b)[:2])

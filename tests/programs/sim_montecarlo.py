import math
import random

random.seed(31415)


def estimate_pi(n):
    hits = sum(1 for _ in range(n) if random.random() ** 2 + random.random() ** 2 <= 1)
    return 4 * hits / n


def integrate(f, a, b, n):
    total = 0.0
    for _ in range(n):
        total += f(random.uniform(a, b))
    return (b - a) * total / n


def birthday(k, trials):
    dup = 0
    for _ in range(trials):
        days = [random.randrange(365) for _ in range(k)]
        if len(set(days)) < k:
            dup += 1
    return dup / trials


def buffon(n, l=1.0, d=2.0):
    cross = 0
    for _ in range(n):
        x = random.uniform(0, d / 2)
        th = random.uniform(0, math.pi / 2)
        if x <= l / 2 * math.sin(th):
            cross += 1
    return 2 * l * n / (d * cross)


print(estimate_pi(20000))
print(round(integrate(math.exp, 0, 1, 20000), 6), round(math.e - 1, 6))
print(round(integrate(lambda x: x * x, -1, 2, 10000), 6))
print([birthday(k, 500) for k in (10, 23, 40)])
print(round(buffon(20000), 6))
walks = []
for _ in range(200):
    pos = 0
    for _ in range(100):
        pos += random.choice((-1, 1))
    walks.append(pos)
print(sum(walks) / len(walks), math.sqrt(sum(w * w for w in walks) / len(walks)))
print(sorted(walks)[:5], sorted(walks)[-5:])

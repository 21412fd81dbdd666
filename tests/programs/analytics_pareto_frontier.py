import random

rng = random.Random(64)
configs = []
for i in range(40):
    layers = rng.randint(1, 8)
    width = rng.choice([16, 32, 64, 128])
    cost = round(layers * width * rng.uniform(0.9, 1.1), 2)
    acc = round(1 - 0.5 / (1 + 0.02 * layers * width ** 0.5) - rng.uniform(0, 0.05), 4)
    configs.append((f"c{i:02d}", layers, width, cost, acc))


def dominated(a, b):
    return b[3] <= a[3] and b[4] >= a[4] and (b[3] < a[3] or b[4] > a[4])


front = [c for c in configs if not any(dominated(c, o) for o in configs)]
front.sort(key=lambda c: c[3])
print(len(front), "on the frontier")
for c in front:
    print("%s L=%d W=%3d cost=%8.2f acc=%.4f" % c)
best_per_width = {}
for c in configs:
    if c[2] not in best_per_width or c[4] > best_per_width[c[2]][4]:
        best_per_width[c[2]] = c
print({w: c[0] for w, c in sorted(best_per_width.items())})
budget = 300
ok = [c for c in configs if c[3] <= budget]
print("best under budget:", max(ok, key=lambda c: (c[4], -c[3]))[0], len(ok))

import random


def reservoir(stream, k, rng):
    sample = []
    for i, x in enumerate(stream):
        if i < k:
            sample.append(x)
        else:
            j = rng.randint(0, i)
            if j < k:
                sample[j] = x
    return sample


rng = random.Random(9)
print(reservoir(range(1000), 5, rng))
counts = [0] * 10
for _ in range(5000):
    for x in reservoir(range(10), 3, rng):
        counts[x] += 1
print(counts, min(counts), max(counts))


def weighted_choice(items, rng):
    total = sum(w for _, w in items)
    r = rng.uniform(0, total)
    acc = 0
    for x, w in items:
        acc += w
        if r <= acc:
            return x
    return items[-1][0]


items = [("a", 1), ("b", 3), ("c", 6)]
tally = {}
for _ in range(6000):
    c = weighted_choice(items, rng)
    tally[c] = tally.get(c, 0) + 1
print(sorted(tally.items()))
alias_rng = random.Random(10)
print([alias_rng.choices("xyz", cum_weights=[1, 5, 10])[0] for _ in range(15)])
print(sorted(alias_rng.sample(range(100), k=10)), alias_rng.randrange(0, 100, 7), alias_rng.random() < 1)

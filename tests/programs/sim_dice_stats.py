import random

random.seed(1234)
exact = {}
for a in range(1, 7):
    for b in range(1, 7):
        exact[a + b] = exact.get(a + b, 0) + 1
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(36000)]
counts = {s: rolls.count(s) for s in range(2, 13)}
chi2 = sum((counts[s] - 1000 * exact[s]) ** 2 / (1000 * exact[s]) for s in range(2, 13))
for s in range(2, 13):
    print("%2d %5d %5d %s" % (s, exact[s] * 1000, counts[s], "+" * (counts[s] // 250)))
print("chi2 %.4f" % chi2)
streak = best = 1
for a, b in zip(rolls, rolls[1:]):
    streak = streak + 1 if a == b else 1
    best = max(best, streak)
print("longest repeat", best)
yahtzee = sum(1 for _ in range(20000) if len(set(random.randint(1, 6) for _ in range(5))) == 1)
print("yahtzees", yahtzee, "expected %.2f" % (20000 * 6 / 6 ** 5))


def craps(rng):
    r = rng.randint(1, 6) + rng.randint(1, 6)
    if r in (7, 11):
        return True
    if r in (2, 3, 12):
        return False
    while True:
        n = rng.randint(1, 6) + rng.randint(1, 6)
        if n == r:
            return True
        if n == 7:
            return False


rng = random.Random(77)
wins = sum(craps(rng) for _ in range(10000))
print("craps win rate %.4f (exact %.4f)" % (wins / 10000, 244 / 495))

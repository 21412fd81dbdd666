import random

SUITS = "SHDC"
RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
deck = [r + s for s in SUITS for r in RANKS]
random.seed(2718)
random.shuffle(deck)
print(deck[:13])
hands = [sorted(deck[i::4], key=lambda c: (c[-1], RANKS.index(c[:-1]))) for i in range(4)]
for i, h in enumerate(hands):
    pts = sum({"A": 4, "K": 3, "Q": 2, "J": 1}.get(c[:-1], 0) for c in h)
    print("hand", i, " ".join(h), "hcp", pts)
random.seed(1)
flushes = 0
pairs = 0
trials = 3000
for _ in range(trials):
    h = random.sample(deck, 5)
    if len({c[-1] for c in h}) == 1:
        flushes += 1
    ranks = [c[:-1] for c in h]
    if any(ranks.count(r) >= 2 for r in ranks):
        pairs += 1
print("flush", flushes, "pair+", pairs, round(pairs / trials, 4))
st = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(st)
print(x == [random.random() for _ in range(3)])
r1 = random.Random(42)
r2 = random.Random(42)
print([r1.randint(0, 99) for _ in range(8)] == [r2.randint(0, 99) for _ in range(8)], r1.getrandbits(40))

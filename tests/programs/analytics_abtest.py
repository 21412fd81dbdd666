import math
import random

rng = random.Random(2024)
visitors = {"A": 0, "B": 0}
conv = {"A": 0, "B": 0}
rate = {"A": 0.10, "B": 0.12}
for _ in range(8000):
    g = "A" if rng.random() < 0.5 else "B"
    visitors[g] += 1
    if rng.random() < rate[g]:
        conv[g] += 1
pa = conv["A"] / visitors["A"]
pb = conv["B"] / visitors["B"]
p = (conv["A"] + conv["B"]) / (visitors["A"] + visitors["B"])
se = math.sqrt(p * (1 - p) * (1 / visitors["A"] + 1 / visitors["B"]))
z = (pb - pa) / se
pval = math.erfc(abs(z) / math.sqrt(2))
print(visitors, conv)
print("pA=%.5f pB=%.5f lift=%.3f%%" % (pa, pb, 100 * (pb - pa) / pa))
print("z=%.5f p=%.6f significant=%s" % (z, pval, pval < 0.05))
for g, ph in (("A", pa), ("B", pb)):
    s = math.sqrt(ph * (1 - ph) / visitors[g])
    print(g, "95%% CI [%.5f, %.5f]" % (ph - 1.96 * s, ph + 1.96 * s))
wins = 0
for _ in range(2000):
    a = rng.betavariate(conv["A"] + 1, visitors["A"] - conv["A"] + 1)
    b = rng.betavariate(conv["B"] + 1, visitors["B"] - conv["B"] + 1)
    wins += b > a
print("P(B > A) ~ %.4f" % (wins / 2000))

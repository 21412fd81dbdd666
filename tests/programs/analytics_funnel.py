import random

random.seed(4242)
steps = ["visit", "signup", "cart", "checkout", "paid"]
rates = {"visit": 0.45, "signup": 0.6, "cart": 0.5, "checkout": 0.8}
sources = ["ads", "search", "social", "direct"]
funnel = {s: {st: 0 for st in steps} for s in sources}
for i in range(3000):
    src = random.choices(sources, weights=[4, 3, 2, 1])[0]
    for st in steps:
        funnel[src][st] += 1
        if st == "paid" or random.random() > rates[st] * (1.1 if src == "search" else 1.0):
            break
print("%-8s" % "source" + "".join("%9s" % s for s in steps) + "%8s" % "conv")
for src in sources:
    row = funnel[src]
    print("%-8s" % src + "".join("%9d" % row[s] for s in steps) + "%7.2f%%" % (100 * row["paid"] / row["visit"]))
total = {st: sum(funnel[s][st] for s in sources) for st in steps}
print("%-8s" % "all" + "".join("%9d" % total[s] for s in steps))
drops = [(a, b, 1 - total[b] / total[a]) for a, b in zip(steps, steps[1:])]
worst = max(drops, key=lambda d: d[2])
print("biggest drop: %s -> %s (%.1f%%)" % (worst[0], worst[1], 100 * worst[2]))
print(sorted(sources, key=lambda s: -funnel[s]["paid"] / funnel[s]["visit"]))

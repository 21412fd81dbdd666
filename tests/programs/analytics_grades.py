import math

RAW = """alice: 88, 92, 79, 95
bob: 72, 65, 80
carol: 95, 98, 100, 91, 97
dave: 55, 61, 48, 70
erin: 83, 83, 83
frank: 90"""

scores = {}
for line in RAW.splitlines():
    name, _, rest = line.partition(":")
    scores[name.strip()] = [int(s) for s in rest.split(",")]


def mean(xs):
    return sum(xs) / len(xs)


def stdev(xs):
    if len(xs) < 2:
        return 0.0
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def letter(avg):
    for cut, g in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cut:
            return g
    return "F"


print("%-6s %3s %7s %7s %6s %s" % ("name", "n", "mean", "stdev", "median", "grade"))
for name in sorted(scores, key=lambda n: (-mean(scores[n]), n)):
    xs = scores[name]
    print("%-6s %3d %7.2f %7.3f %6.1f %s" % (name, len(xs), mean(xs), stdev(xs), median(xs), letter(mean(xs))))
allx = [x for xs in scores.values() for x in xs]
print("overall", len(allx), round(mean(allx), 3), round(stdev(allx), 3), median(allx))
dist = {}
for name, xs in scores.items():
    dist.setdefault(letter(mean(xs)), []).append(name)
print({g: sorted(v) for g, v in sorted(dist.items())})
z = {n: round((mean(xs) - mean(allx)) / stdev(allx), 3) for n, xs in scores.items()}
print(sorted(z.items(), key=lambda kv: kv[1]))

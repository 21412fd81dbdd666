import random

random.seed(99)
samples = [random.gauss(50, 12) for _ in range(2000)]
lo, hi = min(samples), max(samples)
print(round(lo, 4), round(hi, 4))
nb = 12
width = (hi - lo) / nb
counts = [0] * nb
for s in samples:
    i = min(int((s - lo) / width), nb - 1)
    counts[i] += 1
print(counts, sum(counts))
peak = max(counts)
for i, c in enumerate(counts):
    left = lo + i * width
    print(f"{left:7.2f} | {'*' * round(40 * c / peak):<40} | {c:4d}")
s = sorted(samples)


def pct(p):
    k = (len(s) - 1) * p
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)


print(["%.3f" % pct(p) for p in (0.05, 0.25, 0.5, 0.75, 0.95)])
iqr = pct(0.75) - pct(0.25)
outl = [x for x in samples if x < pct(0.25) - 1.5 * iqr or x > pct(0.75) + 1.5 * iqr]
print(len(outl), "%.4f" % iqr)
cum = 0
for i, c in enumerate(counts):
    cum += c
    if cum >= 1000:
        print("median bin", i)
        break

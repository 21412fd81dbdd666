# fsum vs sum and simple statistics built on math.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum([0.1, 0.2, 0.3]), math.fsum(range(10)))
data = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.1, 6.0, 4.4]
n = len(data)
mean = math.fsum(data) / n
var = math.fsum([(x - mean) ** 2 for x in data]) / (n - 1)
sd = math.sqrt(var)
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2
print("n=%d mean=%.4f var=%.6f sd=%.6f median=%s" % (n, mean, var, sd, median))
print(f"mean={mean} sd={sd!r} cv={sd / mean:.3%}")
z = [(x - mean) / sd for x in data]
print([round(v, 3) for v in z])
print(math.fsum(z), abs(math.fsum(z)) < 1e-12)
geo = math.exp(math.fsum([math.log(x) for x in data]) / n)
harm = n / math.fsum([1 / x for x in data])
print("%.6f %.6f" % (geo, harm), geo < mean, harm < geo)
def pct(values, p):
    vs = sorted(values)
    k = (len(vs) - 1) * p
    f = math.floor(k)
    c = math.ceil(k)
    if f == c:
        return vs[int(k)]
    return vs[f] * (c - k) + vs[c] * (k - f)
print([pct(data, p) for p in [0, 0.25, 0.5, 0.75, 0.9, 1]])
def logsumexp(xs):
    m = max(xs)
    return m + math.log(math.fsum([math.exp(x - m) for x in xs]))
print(logsumexp([1000, 1000, 1000]), logsumexp([-1, 0, 1]))
probs = [math.exp(x - logsumexp([1.0, 2.0, 3.0])) for x in [1.0, 2.0, 3.0]]
print(probs, math.fsum(probs))

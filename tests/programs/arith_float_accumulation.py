import math

xs = [0.1] * 10 + [1e16, 1.0, -1e16] + [1e-3] * 1000
naive = 0.0
for x in xs:
    naive += x


def kahan(values):
    s = 0.0
    c = 0.0
    for v in values:
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


def pairwise(values):
    if len(values) <= 4:
        s = 0.0
        for v in values:
            s += v
        return s
    m = len(values) // 2
    return pairwise(values[:m]) + pairwise(values[m:])


print(repr(naive), repr(kahan(xs)), repr(pairwise(xs)), repr(math.fsum(xs)), repr(sum(xs)))
h = [1 / k for k in range(1, 10001)]
print(repr(sum(h)), repr(sum(reversed(h))), repr(math.fsum(h)), repr(kahan(h)))
print(repr(sum([1e100, 1.0, -1e100])), repr(math.fsum([1e100, 1.0, -1e100])))
vals = [1.1, 2.2, 3.3]
print(repr(sum(vals)), repr(math.fsum(vals)), repr(1.1 + 2.2 + 3.3), repr(3.3 + 2.2 + 1.1))
mean = math.fsum(h) / len(h)
var1 = sum(x * x for x in h) / len(h) - mean * mean
var2 = sum((x - mean) ** 2 for x in h) / len(h)
print("%.18e %.18e" % (var1, var2))
print(math.isclose(var1, var2, rel_tol=1e-9), 0.1 * 3 == 0.3, round(0.1 * 3, 15) == 0.3)

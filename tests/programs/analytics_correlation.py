import math

xs = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]
ys = [2.1, 3.9, 6.2, 8.1, 9.8, 12.2, 13.9, 16.1, 18.2, 19.9]
zs = [5.0, 3.2, 4.4, 1.0, 2.5, 6.1, 0.3, 3.3, 2.2, 4.8]


def mean(v):
    return sum(v) / len(v)


def cov(a, b):
    ma, mb = mean(a), mean(b)
    return sum((x - ma) * (y - mb) for x, y in zip(a, b)) / (len(a) - 1)


def corr(a, b):
    return cov(a, b) / math.sqrt(cov(a, a) * cov(b, b))


def linfit(a, b):
    slope = cov(a, b) / cov(a, a)
    return slope, mean(b) - slope * mean(a)


def rank(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [0] * len(v)
    for pos, i in enumerate(order):
        r[i] = pos + 1
    return r


print("corr xy %.6f xz %.6f yz %.6f" % (corr(xs, ys), corr(xs, zs), corr(ys, zs)))
m, b = linfit(xs, ys)
print("fit y = %.5f x + %.5f" % (m, b))
res = [y - (m * x + b) for x, y in zip(xs, ys)]
print("residuals", [round(r, 4) for r in res])
ss_res = sum(r * r for r in res)
ss_tot = sum((y - mean(ys)) ** 2 for y in ys)
print("R2 = %.6f" % (1 - ss_res / ss_tot))
print("spearman xz %.6f" % corr(rank(xs), rank(zs)), rank(zs))
M = [[round(corr(p, q), 3) for q in (xs, ys, zs)] for p in (xs, ys, zs)]
for row in M:
    print(" ".join("%6.3f" % v for v in row))

# statistics: variance, stdev (correctly rounded), two-variable functions, NormalDist
import statistics as st
from fractions import Fraction as F

datasets = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1, 2, 3, 4, 5, 6, 7, 8],
    [F(1, 3), F(2, 3), F(5, 6), F(1, 6)],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [10 ** 15 + 0.5, 10 ** 15 + 1.5, 10 ** 15 + 2.5],
    [0.1, 0.2, 0.3, 0.4],
    [5, 5, 5],
    [1, 2.0, F(3)],
    [float('inf'), 1.0],
    [float('nan'), 2.0, 3.0],
    [3],
]
for data in datasets:
    print(data)
    for name in ['variance', 'pvariance', 'stdev', 'pstdev']:
        try:
            r = getattr(st, name)(data)
            print('  %s: %r (%s)' % (name, r, type(r).__name__))
        except (st.StatisticsError, AttributeError) as e:
            print('  %s: %s %s' % (name, type(e).__name__, e))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = st.mean(data)
print(st.variance(data, m), st.stdev(data, m), st.pvariance(data, 1.25), st.pstdev(data, F(5, 4)))
print(st.variance(iter([1, 3, 5, 7])), st.pvariance(x * x for x in range(5)))
for a in range(1, 30):
    print(st.stdev(range(a, a * 3 + 2)), st.pstdev([a / 7, a / 3, a / 11, 1.0]), end=' ')
print()

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(z, y))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y))
years = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
lr = st.linear_regression(years, films_total)
print(lr, round(lr.slope, 12), round(lr.intercept, 6))
slope, intercept = st.linear_regression([1, 2, 3, 4], [2.1, 3.9, 6.2, 7.8])
print(slope, intercept)
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
r = st.linear_regression([0.5, 1.5, 2.5], [1.0, 2.0, 2.5])
print(r.slope, r.intercept, r[0], r[1], len(r), r == (r.slope, r.intercept))

errors = [
    lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.pstdev([]),
    lambda: st.covariance([1, 2], [1]), lambda: st.covariance([1], [1]),
    lambda: st.correlation([1, 2, 3], [1, 2]), lambda: st.correlation([1], [2]),
    lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.linear_regression([1, 2], [1]),
    lambda: st.linear_regression([1], [1]), lambda: st.linear_regression([2, 2, 2], [1, 2, 3]),
    lambda: st.variance(['a', 'b']),
]
for f in errors:
    try:
        print(f())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)

# NormalDist
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(100), nd.pdf(130), nd.cdf(130), nd.cdf(70), nd.zscore(85))
print(nd.inv_cdf(0.5), nd.inv_cdf(0.975), nd.inv_cdf(0.001), nd.inv_cdf(1e-20), nd.inv_cdf(0.3))
print(nd.quantiles(), nd.quantiles(10))
print([round(p, 6) for p in st.NormalDist().quantiles(5)])
other = st.NormalDist(2.4, 1.6)
print(st.NormalDist(2.5, 1.5).overlap(other), other.overlap(st.NormalDist(2.4, 1.6)),
      st.NormalDist(0, 1).overlap(st.NormalDist(3, 1)))
print(nd + 10, nd - 5, nd * 2, nd / 3, -nd, +nd, 10 + nd, 200 - nd, 2 * nd)
print(st.NormalDist(1, 2) + st.NormalDist(3, 4), st.NormalDist(1, 2) - st.NormalDist(3, 4))
print(st.NormalDist(1, 2) == st.NormalDist(1.0, 2.0), st.NormalDist(1, 2) == st.NormalDist(1, 3),
      st.NormalDist() == 1, hash(st.NormalDist(1, 2)) == hash(st.NormalDist(1.0, 2.0)))
fs = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(fs, fs.mean, fs.stdev)
print(st.NormalDist.from_samples([1, 2, 3, 4]), st.NormalDist(F(1, 2), F(1, 4)))
s = st.NormalDist(5, 2).samples(5, seed=42)
print([round(v, 10) for v in s], len(st.NormalDist().samples(3)))
for f in [lambda: st.NormalDist(0, -1), lambda: st.NormalDist(1, 0).pdf(1),
          lambda: st.NormalDist(1, 0).cdf(1), lambda: st.NormalDist().inv_cdf(0),
          lambda: st.NormalDist().inv_cdf(1.5), lambda: st.NormalDist(1, 0).inv_cdf(0.5),
          lambda: st.NormalDist(1, 0).zscore(2), lambda: st.NormalDist().overlap(1),
          lambda: st.NormalDist(1, 0).overlap(st.NormalDist()),
          lambda: st.NormalDist.from_samples([1])]:
    try:
        print(f())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)

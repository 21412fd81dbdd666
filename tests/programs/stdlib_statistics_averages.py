# statistics: averages and measures of central location, exact as CPython's
import statistics as st
from fractions import Fraction as F

datasets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3, 4],
    [2.5, 3.25, 5.75, 1.0],
    [F(1, 2), F(3, 4), F(5, 8)],
    [1, 2.5, F(1, 4)],
    [True, False, True],
    [0.1] * 10,
    [1e300, 1e300, -1e300],
    [-3, -1, 4, 1, 5, 9, 2, 6],
    [10 ** 20, 10 ** 20 + 1],
    [7],
]
for data in datasets:
    print(data)
    for name in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped',
                 'mode', 'multimode']:
        try:
            r = getattr(st, name)(data)
            print('  %s: %r (%s)' % (name, r, type(r).__name__))
        except st.StatisticsError as e:
            print('  %s: StatisticsError %s' % (name, e))

print(st.mean(iter([1, 2, 3, 4])), st.mean(range(101)), st.mean((x / 3 for x in range(10))))
print(st.mean([float('inf'), 1.0]), st.mean([float('nan'), 1.0]), st.mean([float('inf'), float('-inf')]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(x for x in [1, 2, 3]))
print(st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([2.5, 4.0, 1e10]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([5, 0, 3]), st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean([8]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1),
      st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode([1, 1, 2, 2]))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.multimode([3, 1, 2]))
print(st.median(['b', 'a', 'c']), st.median_low(['b', 'a', 'c', 'd']), st.median_high(['b', 'a', 'c', 'd']))

for q in [2, 4, 5, 10]:
    data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
    print(q, st.quantiles(data, n=q), st.quantiles(data, n=q, method='inclusive'))
print(st.quantiles([1, 2], n=4), st.quantiles([F(1, 3), F(2, 3), 1], n=3))
print(st.quantiles([1.5, 2.5, 10.0, 7.25], n=1), st.quantiles(range(10), n=3, method='inclusive'))

errors = [
    lambda: st.mean([]), lambda: st.fmean([]), lambda: st.fmean([1, 2], weights=[1]),
    lambda: st.fmean([1, 2], weights=[1, -1]), lambda: st.geometric_mean([]),
    lambda: st.geometric_mean([1, -2]), lambda: st.geometric_mean([0, 2]),
    lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, -2]),
    lambda: st.harmonic_mean([-1]), lambda: st.harmonic_mean([1, 2], weights=[1]),
    lambda: st.harmonic_mean(['x']), lambda: st.median([]), lambda: st.median_low([]),
    lambda: st.median_high([]), lambda: st.median_grouped([]), lambda: st.mode([]),
    lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
    lambda: st.quantiles([1, 2], method='middle'), lambda: st.mean(['a', 'b']),
    lambda: st.mode([[1], [1]]), lambda: st.mean([1, 'x']), lambda: st.median_grouped([1, 2], interval='x'),
]
for f in errors:
    try:
        print(f())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))

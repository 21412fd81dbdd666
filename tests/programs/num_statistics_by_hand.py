import math

data = [12.5, 7.0, 3.25, 9.75, 15.0, 7.0, 11.5, 2.0, 7.0, 13.25, 8.5, 10.0]
n = len(data)
mean = sum(data) / n
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
mode = max(counts, key=lambda k: (counts[k], -k))
var_p = sum((x - mean) ** 2 for x in data) / n
var_s = sum((x - mean) ** 2 for x in data) / (n - 1)
m3 = sum((x - mean) ** 3 for x in data) / n
m4 = sum((x - mean) ** 4 for x in data) / n
skew = m3 / var_p ** 1.5
kurt = m4 / var_p ** 2 - 3
print(n, mean, median, mode)
print("%.10f %.10f %.10f %.10f" % (var_p, var_s, math.sqrt(var_p), math.sqrt(var_s)))
print("skew %.8f kurtosis %.8f" % (skew, kurt))
gmean = math.exp(sum(math.log(x) for x in data) / n)
hmean = n / sum(1 / x for x in data)
print("geo %.10f harm %.10f" % (gmean, hmean))
print("range", s[-1] - s[0], "mad", sorted(abs(x - median) for x in data)[n // 2])
se = math.sqrt(var_s / n)
print("95%% CI %.4f .. %.4f" % (mean - 1.96 * se, mean + 1.96 * se))
zs = [(x - mean) / math.sqrt(var_s) for x in data]
print([round(z, 3) for z in zs])
print(math.fsum(data), sum(data), math.fsum(zs) < 1e-12)
weights = [1, 2, 1, 1, 3, 1, 1, 1, 2, 1, 1, 1]
print("weighted", sum(w * x for w, x in zip(weights, data)) / sum(weights))

import random

random.seed(123)
sample = [round(random.lognormvariate(3, 0.5), 3) for _ in range(40)]
print(sample[:6])


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


boots_mean = []
boots_med = []
for _ in range(500):
    rs = random.choices(sample, k=len(sample))
    boots_mean.append(mean(rs))
    boots_med.append(median(rs))
boots_mean.sort()
boots_med.sort()
print("mean %.4f CI [%.4f, %.4f]" % (mean(sample), boots_mean[12], boots_mean[487]))
print("median %.4f CI [%.4f, %.4f]" % (median(sample), boots_med[12], boots_med[487]))
# permutation test
a = sample[:20]
b = [x * 1.15 for x in sample[20:]]
obs = mean(b) - mean(a)
pool = a + b
count = 0
for _ in range(400):
    random.shuffle(pool)
    if mean(pool[20:]) - mean(pool[:20]) >= obs:
        count += 1
print("observed diff %.4f p=%.4f" % (obs, count / 400))
print(random.sample(sample, 3), random.choice(sample), round(random.triangular(0, 10, 2), 6))
print(round(random.betavariate(2, 5), 8), round(random.gammavariate(2.0, 1.5), 8), round(random.vonmisesvariate(0, 1), 8))
print(round(random.paretovariate(3), 8), round(random.weibullvariate(1, 1.5), 8), round(random.normalvariate(0, 1), 8))

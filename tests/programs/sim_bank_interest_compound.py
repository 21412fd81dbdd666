import math

P = 10000.0
rate = 0.05
years = 10
for label, n in (("annual", 1), ("semiannual", 2), ("quarterly", 4), ("monthly", 12), ("daily", 365)):
    amt = P * (1 + rate / n) ** (n * years)
    print(f"{label:<11}{amt:>14,.4f}")
print(f"{'continuous':<11}{P * math.exp(rate * years):>14,.4f}")
balance = 0.0
contrib = 200.0
table = []
for month in range(1, 12 * 30 + 1):
    balance = balance * (1 + 0.07 / 12) + contrib
    if month % 60 == 0:
        table.append((month // 12, round(balance, 2), round(balance - contrib * month, 2)))
for y, b, g in table:
    print("year %2d balance %12.2f growth %12.2f" % (y, b, g))


def years_to_double(r):
    return math.log(2) / math.log(1 + r)


print([(r, round(years_to_double(r), 3), round(72 / (r * 100), 2)) for r in (0.02, 0.05, 0.08, 0.12)])
npv = sum(cf / 1.08 ** t for t, cf in enumerate([-5000, 1200, 1500, 1800, 2000, 900]))
print("NPV %.4f" % npv)
lo, hi = 0.0, 1.0
for _ in range(100):
    mid = (lo + hi) / 2
    v = sum(cf / (1 + mid) ** t for t, cf in enumerate([-5000, 1200, 1500, 1800, 2000, 900]))
    lo, hi = (mid, hi) if v > 0 else (lo, mid)
print("IRR %.6f" % lo)

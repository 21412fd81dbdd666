# A small report rendered with format specs and %-formatting.
rows = [("alpha", 3, 0.125), ("beta", 12, 12.5), ("gamma", 100, 1234.5678),
        ("delta", -4, -0.5), ("epsilon", 0, 0.0)]
print(f"{'name':<10}|{'count':>6}|{'value':>12}|{'pct':>8}")
print("-" * 40)
total = 0.0
for name, count, value in rows:
    total += value
    print(f"{name:<10}|{count:>6d}|{value:>12.3f}|{value / 1237.5:>8.2%}")
print("-" * 40)
print(f"{'total':<10}|{111:>6}|{total:>12,.2f}|")
for name, count, value in rows:
    print("%-10s|%6d|%12.3e|%8.4g" % (name, count, value, value))
mean = total / len(rows)
print("mean=%.6f mean=%s mean=%r" % (mean, mean, mean))
print(f"mean={mean!r} round={round(mean, 2)}")

BUDGET = {"salaries": 50000, "rent": 8000, "travel": 3000, "software": 2500, "marketing": 6000, "misc": 1000}
ACTUAL_LINES = """2024-01 salaries 16500
2024-01 rent 2700
2024-01 travel 450.5
2024-02 salaries 16500
2024-02 rent 2700
2024-02 software 2900
2024-02 travel 1200
2024-03 salaries 17100
2024-03 rent 2700
2024-03 marketing 4100.25
2024-03 misc 77
2024-03 catering 560"""
actual = {}
monthly = {}
for line in ACTUAL_LINES.splitlines():
    month, cat, amt = line.split()
    actual[cat] = actual.get(cat, 0.0) + float(amt)
    monthly.setdefault(month, 0.0)
    monthly[month] += float(amt)
print(f"{'category':<10}{'budget':>10}{'actual':>11}{'variance':>11}{'used':>8}")
cats = sorted(set(BUDGET) | set(actual), key=lambda c: (c not in BUDGET, c))
for c in cats:
    b = BUDGET.get(c, 0)
    a = actual.get(c, 0.0)
    used = f"{a / b:.0%}" if b else "n/a"
    flag = " OVER" if a > b else ""
    print(f"{c:<10}{b:>10,}{a:>11,.2f}{b - a:>+11,.2f}{used:>8}{flag}")
tb, ta = sum(BUDGET.values()), sum(actual.values())
print(f"{'total':<10}{tb:>10,}{ta:>11,.2f}{tb - ta:>+11,.2f}{ta / tb:>8.1%}")
print({m: round(v, 2) for m, v in monthly.items()})
run_rate = ta / len(monthly) * 12
print("annual run rate %.2f vs budget %d -> %s" % (run_rate, tb, "over" if run_rate > tb else "under"))

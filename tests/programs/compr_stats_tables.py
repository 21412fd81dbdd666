scores = {"ann": [90, 85, 77], "bob": [60, 75, 80], "cy": [88, 92, 95], "di": [70, 65, 72]}
subjects = ["math", "art", "bio"]
table = {s: {n: v[i] for n, v in scores.items()} for i, s in enumerate(subjects)}
print(table)
print({s: max(d, key=d.get) for s, d in table.items()})
avg = {n: round(sum(v) / len(v), 2) for n, v in scores.items()}
print(sorted(avg.items(), key=lambda kv: -kv[1]))
above = [n for n, a in avg.items() if a > sum(avg.values()) / len(avg)]
print(above)
print([[n] + [("*" if x >= 85 else "") + str(x) for x in v] for n, v in scores.items()])
ranks = {n: r for r, (n, _) in enumerate(sorted(avg.items(), key=lambda kv: -kv[1]), 1)}
print(ranks)
curve = {n: [min(100, x + 5) for x in v] for n, v in scores.items() if min(v) < 70}
print(curve)
print(sum(x for v in scores.values() for x in v), len({x // 10 for v in scores.values() for x in v}))
hist = {d: sum(1 for v in scores.values() for x in v if x // 10 == d) for d in range(6, 10)}
print(hist, [(d * 10, "#" * c) for d, c in hist.items()])

sales = [("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 150),
         ("2024-02", "east", 60), ("2024-03", "south", 95), ("2024-03", "north", 130), ("2024-03", "east", 70)]
by_month = {}
for m, r, v in sales:
    by_month.setdefault(m, {})[r] = v
print(by_month)
regions = sorted({r for _, r, _ in sales})
print({m: [d.get(r, 0) for r in regions] for m, d in by_month.items()})
totals = {}
for _, r, v in sales:
    totals[r] = totals.get(r, 0) + v
print(dict(sorted(totals.items(), key=lambda kv: kv[1], reverse=True)))
first_seen = {}
for m, r, _ in sales:
    first_seen.setdefault(r, m)
print(first_seen)
nested = {}
for m, r, v in sales:
    nested.setdefault(r, {}).setdefault(m[:4], []).append(v)
print(nested)
inverted = {}
for r, t in totals.items():
    inverted.setdefault(t > 200, []).append(r)
print(inverted)
counts = dict.fromkeys(regions, 0)
for _, r, _ in sales:
    counts[r] += 1
print(counts, max(counts, key=counts.get), [k for k, v in counts.items() if v == min(counts.values())])
flat = {f"{m}/{r}": v for m, d in by_month.items() for r, v in d.items()}
print(list(flat)[:3], len(flat), sum(flat.values()) == sum(v for *_, v in sales))
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a, {k: a.get(k, 0) + b.get(k, 0) for k in set(a) | set(b)} == {"x": 1, "y": 5, "z": 4})
print({k: v for k, v in sorted(a.items())} == a, list(a.items()) == [("x", 1), ("y", 2)], a == {"y": 2, "x": 1})

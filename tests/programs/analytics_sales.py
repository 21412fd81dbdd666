DATA = """region,product,month,units,price
north,widget,2024-01,120,2.50
south,widget,2024-01,80,2.50
north,gadget,2024-01,15,19.99
east,widget,2024-02,60,2.75
south,gadget,2024-02,22,18.50
north,widget,2024-02,130,2.75
east,gizmo,2024-02,5,99.00
west,gizmo,2024-03,7,95.00
south,widget,2024-03,95,2.80
north,gadget,2024-03,18,19.99
west,widget,2024-03,40,2.80"""

header, *rows = [ln.split(",") for ln in DATA.splitlines()]
recs = [dict(zip(header, r)) for r in rows]
for r in recs:
    r["units"] = int(r["units"])
    r["price"] = float(r["price"])
    r["revenue"] = round(r["units"] * r["price"], 2)

print(header, len(recs))


def group_sum(records, key, field):
    out = {}
    for r in records:
        out[r[key]] = round(out.get(r[key], 0) + r[field], 2)
    return out


for key in ("region", "product", "month"):
    g = group_sum(recs, key, "revenue")
    print(key, sorted(g.items(), key=lambda kv: (-kv[1], kv[0])))

pivot = {}
for r in recs:
    pivot.setdefault(r["region"], {}).setdefault(r["month"], 0)
    pivot[r["region"]][r["month"]] += r["units"]
months = sorted({r["month"] for r in recs})
print("%-6s" % "", " ".join("%8s" % m for m in months), "%6s" % "total")
for reg in sorted(pivot):
    row = [pivot[reg].get(m, 0) for m in months]
    print("%-6s" % reg, " ".join("%8d" % v for v in row), "%6d" % sum(row))
best = max(recs, key=lambda r: r["revenue"])
print("best:", best["region"], best["product"], best["revenue"])
avg_price = {p: round(sum(r["price"] for r in recs if r["product"] == p) / sum(1 for r in recs if r["product"] == p), 4)
             for p in sorted({r["product"] for r in recs})}
print(avg_price)
print(f"{sum(r['revenue'] for r in recs):>12,.2f}")

ITEMS = """sku,annual_units,unit_cost
P100,1200,4.50
P101,300,120.00
P102,15000,0.35
P103,80,900.00
P104,2500,12.00
P105,40,35.00
P106,600,60.00
P107,9000,1.10
P108,150,15.00
P109,700,8.25"""
head, *lines = ITEMS.splitlines()
items = []
for l in lines:
    sku, units, cost = l.split(",")
    items.append({"sku": sku, "units": int(units), "cost": float(cost), "value": int(units) * float(cost)})
items.sort(key=lambda i: -i["value"])
total = sum(i["value"] for i in items)
cum = 0.0
for it in items:
    cum += it["value"]
    share = cum / total
    it["class"] = "A" if share <= 0.8 else ("B" if share <= 0.95 else "C")
    print(f"{it['sku']} {it['value']:>10,.2f} {100 * it['value'] / total:6.2f}% cum {100 * share:6.2f}% {it['class']}")
summary = {}
for it in items:
    s = summary.setdefault(it["class"], [0, 0.0])
    s[0] += 1
    s[1] += it["value"]
for cls in sorted(summary):
    n, v = summary[cls]
    print(cls, n, "items", f"{v:,.2f}", f"{v / total:.1%}")
eoq = {it["sku"]: round((2 * it["units"] * 50 / (0.2 * it["cost"])) ** 0.5) for it in items}
print(eoq)

# Nested dicts and aggregation patterns used in analytics scripts.
rows = [
    {"region": "north", "product": "a", "qty": 3, "price": 2.5},
    {"region": "south", "product": "b", "qty": 1, "price": 10.0},
    {"region": "north", "product": "b", "qty": 7, "price": 9.5},
    {"region": "east", "product": "a", "qty": 2, "price": 2.75},
    {"region": "south", "product": "a", "qty": 5, "price": 2.5},
    {"region": "north", "product": "a", "qty": 1, "price": 3.0},
]
by_region = {}
for r in rows:
    reg = by_region.setdefault(r["region"], {})
    reg[r["product"]] = reg.get(r["product"], 0) + r["qty"] * r["price"]
print(by_region)
for region in sorted(by_region):
    total = sum(by_region[region].values())
    print("%-6s %8.2f %s" % (region, total, sorted(by_region[region].items())))
counts = {}
for r in rows:
    counts[r["product"]] = counts.get(r["product"], 0) + 1
print(counts, max(counts, key=counts.get) if False else sorted(counts.items()))
def by_value(item):
    return (-item[1], item[0])
print(sorted(counts.items(), key=by_value))
inverted = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
merged = dict(by_region["north"])
merged.update(by_region["south"])
print(merged)
tree = {"a": {"b": {"c": {"d": 1}}}}
tree["a"]["b"]["e"] = [1, 2, {"f": None}]
print(tree, tree["a"]["b"]["e"][2]["f"])
print(str(tree) == repr(tree), len(str(tree)))
print({"nan": float("nan"), "inf": float("-inf"), "neg0": -0.0, "big": 1e300, "s": "it's"})

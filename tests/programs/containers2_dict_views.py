d = dict.fromkeys(["b", "a", "c"], 0)
d.update(a=1, b=2)
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("c"), d.popitem(), d, d.get("zz", "none"), d.setdefault("n", []))
d["n"].append(1)
print(d, len(d), "n" in d, "zz" not in d, sorted(d))
copy = d.copy()
copy["new"] = 1
print(d == copy, len(copy), dict(copy), dict(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)

d = dict(a=1, b=2)
d.update({"c": 3}, d=4)
d.update([("e", 5)])
print(d, len(d), list(d.keys()), list(d.values()))
print(d.get("z"), d.get("z", 0), d.setdefault("f", 6), d.setdefault("a", 100))
print(d.pop("b"), d.pop("zz", "none"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
c = d.copy()
c["a"] = -1
print(d["a"], c["a"], d == c, dict.fromkeys("xyz", 0), dict.fromkeys([1, 2]))
print(sorted(d.items(), key=lambda kv: -kv[1]))
ks = d.keys()
d["g"] = 7
print(list(ks), "g" in ks, len(ks))
print({**d, "a": 0, **{"h": 8}})
merged = d | {"z": 26}
print(merged)
d |= {"a": 11}
print(d)
inv = {v: k for k, v in d.items()}
print(inv)
print(list(reversed(d)), list(reversed(list(d.items())))[:2])
del d["a"]
print("a" in d, set(d) & {"c", "q"}, sorted(set(d) | {"q"}), sorted(set(d) - {"c"}))
d.clear()
print(d, bool(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("x", {}).get("q", {}).get("z", "missing"))

# Dict operations and methods; insertion order is kept.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.pop("a"), d, d.pop("zz", "default"))
print(d.setdefault("b", 99), d.setdefault("new", []), d)
d["new"].append(1)
d.update({"x": 1, "b": 2})
d.update(y=5)
print(d)
e = d.copy()
e["x"] = 100
print(d["x"], e["x"])
del d["x"]
print(d)
try:
    d["missing"]
except KeyError as err:
    print("KeyError", err)
try:
    del d["missing"]
except KeyError as err:
    print("KeyError", err)
print(dict(a=1, b=2), dict([("k", "v"), (1, 2)]), dict())
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key"}[(1, 2)])
for k in {"z": 1, "y": 2, "x": 3}:
    print(k, end="")
print()
print(sorted({"z": 1, "y": 2}), {} == dict(), {1: 2} == {1: 2})

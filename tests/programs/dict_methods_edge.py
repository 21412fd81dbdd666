# dict methods: update, setdefault, pop, popitem, get, views.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), len(d))
d.update({"d": 4, "a": 10})
d.update([("e", 5), ("f", 6)])
d.update(g=7, a=11)
print(d)
print(d.setdefault("a", 0), d.setdefault("z", []), d.setdefault("y"), d)
d["z"].append(1)
print(d["z"], d.get("nope"), d.get("nope", "dflt"), d.get("a", 0))
print(d.pop("z"), d.pop("nope", None), d.pop("y"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), d)
empty = {}
try:
    empty.popitem()
except KeyError as e:
    print("KeyError:", e)
print(d.keys(), d.values(), d.items())
print(list(d.items())[0], "a" in d.keys(), 11 in d.values(), ("a", 11) in d.items())
del d["a"]
print(d)
try:
    del d["a"]
except KeyError as e:
    print("KeyError:", e)
k = d.keys()
d["new"] = 1
print(k, len(k))
c = d.copy()
c["copy"] = True
print(d, c, d == c)
c.clear()
print(c, bool(c), bool(d))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, {} == {})
print(dict(a=1, b=2), dict([("x", 1), ["y", 2]]), dict(zip("abc", range(3))), dict({"q": 1}, r=2))
print(dict(zip(["k1", "k2", "k3"], [1, 2])), dict(), dict({}))

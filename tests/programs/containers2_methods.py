d = dict.fromkeys(["a", "b", "c"])
print(d, dict.fromkeys("xy", 0), dict.fromkeys(range(3), []))
d = {"a": 1, "b": 2}
print(d.popitem(), d)
d.update([("x", 1), ("y", 2)], z=3)
print(d, d.setdefault("x", 9), d.setdefault("new", 5), d.pop("missing", "dflt"))
t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, 1, 5), t.count(2), t.count(9))
try:
    t.index(3, 0, 2)
except ValueError as e:
    print("ValueError", e)
lst = [3, 1, 2, 3]
c = lst.copy()
c.append(4)
print(lst, c, lst.index(3, 1), lst.count(3))
print(list.copy(lst), dict.get(d, "x"), tuple.count(t, 1), list.__name__ if False else "ok")
keys = sorted(d.keys())
print(keys, len(d.values()), sorted(d.items())[:2])

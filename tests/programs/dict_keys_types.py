# Dict keys of various hashable types; equal keys collapse.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {0: "a", False: "b", 0.0: "c", "": "d", None: "e", (): "f", (1, 2): "g", -1: "h"}
print(d2)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0), hash(-0.0) == hash(0))
print(hash((1, 2)) == hash((1, 2)), hash("abc") == hash("ab" + "c"), hash(2 ** 100) == hash(2 ** 100))
print(hash(1.5) == hash(1.5), hash(10 ** 20) == hash(float(10 ** 20)), hash(-1) == hash(-2))
coords = {}
for x in range(3):
    for y in range(2):
        coords[(x, y)] = x * 10 + y
print(coords[(2, 1)], (1, 1) in coords, (5, 5) in coords, sorted(coords)[:3])
print({(1, (2, 3)): "nested"}[(1, (2, 3))])
for bad in [[1], {"a": 1}, ([1], 2)]:
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
try:
    print({[1]: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    print(d[(1, 2)])
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    print(d[2.5])
except KeyError as e:
    print("KeyError:", e)
print({1: 1, 2: 2}.get(2.0), {"x": 1}.get("x") is not None)

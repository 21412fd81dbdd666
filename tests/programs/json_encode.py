# json.dumps: every type, the options, CPython's exact output and errors
import json

values = [None, True, False, 0, -1, 7, 2 ** 70, -(2 ** 65), 1.5, -0.0, 1e22, 1e-7, 0.1,
          3.141592653589793, 1e300 * 10, -1e300 * 10, "", "plain", "quote\" back\\ slash/",
          "\b\f\n\r\t\x00\x1f\x7f", "caf\u00e9 \u20ac \U0001F600", [], (), {},
          [1, [2, [3, []]]], (1, "a"), {"b": 1, "a": [None]}]
for v in values:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))

print(json.dumps(chr(0xd800) + "x" + chr(0xdfff)))
print(json.dumps(float("nan")))
print(json.dumps([float("inf"), float("-inf")]))
for bad in [float("nan"), [1, float("inf")], {"k": float("-inf")}]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
    try:
        json.dumps(bad, allow_nan=False, indent=1)
    except ValueError as e:
        print("ValueError", e)

d = {"z": 1, "a": {"y": [1, 2, {"q": None}], "b": ()}, "m": "x"}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, indent=2))
print(json.dumps(d, indent=0))
print(json.dumps(d, indent="\t", sort_keys=True))
print(json.dumps(d, indent="--"))
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, indent=3, separators=(",", " = ")))
print(json.dumps([[], {}, [[]], {"a": {}}], indent=2))

# keys: converted as CPython converts them
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", -7: 0}))
print(json.dumps({10 ** 20: 1, float("inf"): 2}))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)

# circular references
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = [d]
try:
    json.dumps(d, indent=1)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError")
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))

# unknown objects: default=, a subclass's default, the TypeError
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

try:
    json.dumps([Point(1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)
print(json.dumps([Point(1, 2), Point(3, 4)], default=lambda p: {"x": p.x, "y": p.y}))
print(json.dumps(Point(5, 6), default=lambda p: [p.x, p.y], indent=1))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"point": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"p": Point(0, 1), "s": {3, 1, 2}}, cls=PointEncoder))
print(PointEncoder(sort_keys=True, indent=1).encode({"b": Point(1, 1), "a": 1}))
print("".join(PointEncoder().iterencode([Point(2, 2)])))
try:
    PointEncoder().encode(object())
except TypeError as e:
    print("TypeError", e)


class Loop:
    pass


try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print("ValueError", e)

enc = json.JSONEncoder(separators=(";", "="), sort_keys=True)
print(enc.encode({"b": [1, 2], "a": "x"}))
print(enc.item_separator, enc.key_separator)
print(json.JSONEncoder(indent=4).item_separator)
print(json.JSONEncoder().encode("\u2028 \u00ff"))
print(json.JSONEncoder(ensure_ascii=False).encode("\u2028 \u00ff"))

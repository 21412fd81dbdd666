# type(), isinstance with tuples, and bool being an int.
vals = [1, 1.0, True, "s", None, [1], (1,), {"a": 1}, b"b", 10 ** 30, float("nan")]
for v in vals:
    print(repr(v), type(v).__name__, isinstance(v, int), isinstance(v, (int, float)),
          isinstance(v, (list, tuple)), isinstance(v, (str, bytes)), isinstance(v, dict), isinstance(v, bool))
print(type(1) == int, type(True) == int, type(True) is bool, type(1.5) is float, type("") is str)
print(isinstance(True, (str, (list, int))), isinstance(5, ()), type(None).__name__)
print(type([]) is list, type({}) is dict, type(()) is tuple, type(type(1)).__name__)
print(int.__name__, str.__name__, bool.__name__, float.__name__, list.__name__)
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    if isinstance(x, (list, tuple)):
        return "seq(%d)" % len(x)
    return "other"
print([kind(v) for v in vals])
print(str(type(1)), repr(type("a")), str(int), repr(list))

# Conversion builtins.
print(int(3.99), int(-0.5), int("  12  "), int(1e20))
print(float(1), float(" 1.25 "), float(10 ** 20), float("-0"))
print(str(), str(""), str([1, "a"]), str((1,)), str({"k": [None]}))
print(repr([1, "a", 2.0, None, True]), repr((1, "b")), repr({}), repr(""))
print(bool(), bool(0), bool(0.0), bool(1), bool(-1), bool([]), bool([[]]))
print(list(), list("ab"), list((1, 2)), list({"x": 1}), list(range(3)))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple(range(2)))
print(dict(), dict(a=1), dict([(1, 2)]), dict({"q": 0}, r=1))
print(abs(-3), abs(3.5), abs(-0.0), abs(-(10 ** 30)))
try:
    int(None)
except TypeError:
    print("TypeError int(None)")
try:
    float("1e")
except ValueError as e:
    print("ValueError", e)
print(int(float("1e20")), int(-1e15))

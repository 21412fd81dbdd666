# Truthiness, short-circuit values, conditional expressions, chained compares.
values = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, None, True, False, 10 ** 100]
for v in values:
    print(repr(v), bool(v), not v, "T" if v else "F")
print(0 or "default", "" or [] or 0, 1 and 2, 0 and 1 / 0, None or None, [] and "x", "a" and "b" or "c")
print(1 < 2 and 2 < 3, 1 < 2 < 3 < 4 < 5, 1 < 2 > 0, 1 == 1 != 2, 5 > 3 >= 3 > 2)
print(not 1 == 2, not (1 and 0), (not 1) == 0, (-1 < 0 < 1) is not None)
x = 7
kind = "small" if x < 5 else "medium" if x < 10 else "large"
print(kind)
print("yes" if [] else "no", "yes" if [[]] else "no")
def sign(v):
    if v > 0:
        return 1
    elif v < 0:
        return -1
    elif v == 0:
        return 0
    else:
        return "nan"
print([sign(v) for v in [5, -2, 0, 0.0, -0.0, float("nan"), float("inf")]])
a = None
print(a is None, a is not None, a == None, type(a).__name__)
print(1 in [1, 2], 3 not in (1, 2), "a" in "cat", "k" in {"k": 1}, 1 in {1: "x"}, None in [None])
calls = []
def t(name, val):
    calls.append(name)
    return val
r = t("a", 0) or t("b", 1) or t("c", 2)
r2 = t("d", 1) and t("e", 0) and t("f", 1)
print(r, r2, calls)
print(1 if True else 1 / 0, (1 / 0) if False else "safe")

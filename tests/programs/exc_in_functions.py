# Exceptions propagating through functions and loops; state after errors.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0), (7, -2)]])
def parse_all(items):
    good, bad = [], []
    for it in items:
        try:
            good.append(float(it))
        except ValueError as e:
            bad.append(str(e))
    return good, bad
print(parse_all(["1", "2.5", "abc", " 3 ", "1e5", "", "inf", "-nan", "1_0", "0x10"]))
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "recovered"
print(level1())
lst = [1, 2, 3]
try:
    for i in range(5):
        lst[i] += 10
except IndexError as e:
    print("stopped at", i, lst, e)
def validate(x):
    if not isinstance(x, int):
        raise TypeError("expected int, got " + type(x).__name__)
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x
for v in [5, -1, "s", 2.0, None, True]:
    try:
        print("valid", validate(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration
    except StopIteration:
        break
print("count", count)
try:
    x = 1
    del x
    print(x)
except NameError as e:
    print("NameError:", e)

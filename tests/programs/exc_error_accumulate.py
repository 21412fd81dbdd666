def parse_number(s):
    s = s.strip()
    if not s:
        raise ValueError("empty")
    if s.endswith("%"):
        return float(s[:-1]) / 100
    if s.startswith("0x"):
        return int(s, 16)
    return int(s) if s.lstrip("-").isdigit() else float(s)


inputs = ["12", " -7 ", "3.5", "45%", "0xff", "", "abc", "1e3", "inf", "--2", "12,5"]
good, bad = [], []
for s in inputs:
    try:
        good.append((s, parse_number(s)))
    except ValueError as e:
        bad.append((s, str(e)))
print(good)
for s, msg in bad:
    print(repr(s), "->", msg)

ops = [lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x"), lambda: None.attr,
       lambda: "a" + 1, lambda: 2 ** -1 % 0, lambda: [1, 2].index(5), lambda: next(iter([])),
       lambda: (1, 2)[5], lambda: "abc".index("z"), lambda: float("nan") < 1 or undefined_name]
for op in ops:
    try:
        op()
    except (ArithmeticError, LookupError) as e:
        print("arith/lookup", type(e).__name__, e)
    except (TypeError, ValueError, AttributeError) as e:
        print("type/value/attr", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)

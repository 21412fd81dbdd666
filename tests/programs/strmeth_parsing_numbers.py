samples = ["1,234.56", "(1,000.00)", "-42", "3.5e3", "12%", "$ 99.90", "1 000 000", "0x1F", "", "  7  ", "--3", "1.2.3"]


def parse_amount(s):
    t = s.strip().replace("$", "").replace(" ", "").replace(",", "")
    if not t:
        raise ValueError("empty amount")
    neg = t.startswith("(") and t.endswith(")")
    if neg:
        t = t[1:-1]
    pct = t.endswith("%")
    if pct:
        t = t[:-1]
    if t.lower().startswith("0x"):
        v = int(t, 16)
    else:
        v = float(t)
    if pct:
        v /= 100
    return -v if neg else v


for s in samples:
    try:
        print(f"{s!r:>14} -> {parse_amount(s)!r}")
    except ValueError as e:
        print(f"{s!r:>14} -> ValueError: {e}")
print("12".isdigit(), "-12".isdigit(), "1.5".replace(".", "", 1).isdigit(), "١٢".isdigit(), int("١٢"))
print(float("1_000.25"), int("0o17", 8), int("17", 8), int("  -0  "), float(".5"), float("5."), float("-inf") < 0)
print(str(1e-7), str(123456789.0), str(1.5e16), str(0.1 + 0.7), repr(1.1 * 3), "%.17g" % 0.1)
print("{:,}".format(-1234567.891), "{:.2e}".format(0.000123456), "{:010.3f}".format(-3.14159), "{:+08d}".format(42))

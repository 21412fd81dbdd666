# int() and float() parsing of strings, bases, whitespace, underscores.
for s in ["42", "  42 ", "\t-7\n", "+3", "0", "-0", "000123", "1_000_000", " 1_2 "]:
    print(repr(s), int(s))
for s, base in [("0x1f", 16), ("1f", 16), ("FF", 16), ("0b101", 2), ("101", 2), ("0o17", 8), ("17", 8),
                ("z", 36), ("Zz", 36), ("-0x10", 16), ("0x10", 0), ("0b11", 0), ("0o7", 0), ("42", 0), ("  ff  ", 16), ("1_f", 16)]:
    print(s, base, int(s, base))
for s in ["1e-3", "1E5", "-2.5", ".5", "5.", "  3.25  ", "1_000.5", "inf", "-Infinity", "nan", "+1.0", "1e400", "-1e400", "1e-400", "0.1", "00.100"]:
    print(repr(s), float(s))
for bad in ["1 2", "0x", "08", "--1", "1__0", "_1", "1_", "", " ", "١٢"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad, base in [("2", 2), ("g", 16), ("0x1f", 10), ("12", 1), ("12", 37)]:
    try:
        print(int(bad, base))
    except ValueError as e:
        print("ValueError:", e)
for bad in ["1e", "e5", "1.2.3", "nan1", "", "1,0", "0x10"]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError:", e)
print(int(3.99), int(-3.99), int(True), int(1e15), float(10 ** 15), float(-7), int(" 7 "), int(float("1e3")))
print(int(), float(), str(), bool(), list(), tuple(), dict())
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(str(float("1e-3")), repr(float("0.1")), float("1e22"), float("1e-7"), float("123456789012345678901234567890"))

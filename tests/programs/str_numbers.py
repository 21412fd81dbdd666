# Conversions between strings and numbers.
print(str(42), str(-0), str(10 ** 25), str(1.5), str(-2.0), str(1e100))
print(int("42"), int("-17"), int("  8 "), int("1_000"), int(" -0 "))
print(float("3.25"), float("-1e3"), float("  .5 "))
print(repr(1.1), repr(100.0), repr(1e-7), repr(123456789012345678.0))
print(str(0.1 + 0.7), 1 / 7)
for bad in ["abc", "1.5", "", "12x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    float("nope")
except ValueError as e:
    print("ValueError", e)
print(int(True), int(False), bool("0"), bool(""), bool("False"))
print(repr(str(123)), len(str(2 ** 64)))
print(int("0"), int("007"), int("-0010"))

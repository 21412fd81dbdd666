cases = ["{", "}", "{0", "a}b", "{0!x}", "{0!}", "{:d}", "{0} {}", "{} {0}", "{5}", "{missing}",
         "{0:{1}{2}{3}}", "{!r", "{0[}", "{0.}", "{:=10}", "{:+}", "{:x}", "{:,x}", "{0:.2d}",
         "{:s}", "{:q}"]
for fmt in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format("abc", 4, 5)))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
for value, spec in [(1.5, "d"), (3, "s"), ("x", "d"), (None, "d"), ([1], ">5")]:
    try:
        print(format(value, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "{a}".format_map([])
except TypeError as e:
    print("TypeError", e)
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError", e)
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print("ValueError", e)

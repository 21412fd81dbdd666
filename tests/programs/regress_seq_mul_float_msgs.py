for a, b in [("a", "b"), ("a", 1.5), ([1], 1.5), ((1,), "x"), (1.5, "a"), ("a", None)]:
    try:
        a * b
    except TypeError as e:
        print(e)
for v in [[], None, {}, (1,)]:
    try:
        float(v)
    except TypeError as e:
        print(e)
    try:
        int(v)
    except TypeError as e:
        print(e)
try:
    "a" * (2 ** 100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)

for s in ["", "a", "ab", "abc", "héllo"]:
    print([s.center(w) for w in range(6)], [s.center(7, "*"), s.ljust(6, "-"), s.rjust(6, "+"), s.zfill(6)])
print("+12".zfill(6), "-0".zfill(3), "+".zfill(3), "12-".zfill(5), "abc".zfill(-1))
print(repr("\t x \n".strip()), repr("..a..".strip(".")), repr("abcXcba".strip("abc")), repr("  ".lstrip()), repr("a".rstrip("")))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError", e)

# print with sep/end and various object reprs.
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" -> continued")
print("x", "y", sep="\n", end="|\n")
print()
print(sep="-")
print("", end="")
print(None, sep=None, end=None)
print([1.0, 2.5, -0.0, float("inf")], (1e20, 1e-20), {"f": 0.1 + 0.2})
print([["nested", ("t",)], {"k": [None, True]}], [[]], [()], ((),), [{}])
print('quote"in', ["quote\"in", "apos'in", "both'\""], ("\n", "\t"))
print(1, "1", [1, "1"], (1, "1"), {1: "1", "1": 1})
print(b"bytes", [b"x\x00\xff"], b"", bytes(3), bytes([65, 66]))
print(True, False, None, [True, None], 1 == 1, not None)
print(-0, -0.0, +5, -(-5), 0.0 == -0.0, 1_000, 0x1F, 0o17, 0b1011, 1e3, 1E-2, .5, 5.)
x = [1, 2]
x.append(x)
print(x)
d = {"a": 1}
d["self"] = d
print(d)
print("%s|%r" % ("str", "str"), str("s"), repr("s"))

# join and string building idioms.
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("abc"), "/".join(("x", "y")))
print("\n".join(["l1", "l2"]))
print(",".join({"k1": 1, "k2": 2}))
print("+".join(sorted({"b": 1, "a": 2, "c": 3})))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(["a", None])
except TypeError as e:
    print("TypeError:", e)
parts = []
for i in range(5):
    parts.append("%d^2=%d" % (i, i * i))
print("; ".join(parts))
s = ""
for ch in "hello":
    s = ch + s
print(s, "hello"[::-1], "hello"[::2], "hello"[-2::-2])
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, [1] * 0)
print("a" + "b" * 2 + "c", ("x" + "y") * 2)
print(str(1) + str(2.5) + str(None) + str(True) + str([1, "a"]) + str((1,)) + str({"a": 1}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("nl\n"))
print(repr("\\"), repr("\x00\x7f"), repr("é"), repr("\u200b"), repr("\U0001F600"))
print(len("é"), len("\U0001F600"), "é" < "z", "Z" < "a", ord("é"), chr(233), chr(0x1F600) == "\U0001F600")

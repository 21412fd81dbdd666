s = "  the quick\tbrown\n\nfox  jumps  "
print(s.split(), s.split(" "), s.split(None, 2), s.rsplit(None, 2), s.split(" ", 3), s.rsplit(" ", 3))
print("a,b,c".split(",", 0), "a,b,c".split(",", -1), ",a,".split(","), "".split(","), "".split())
print("1\n2\r\n3\r4\x0b5\x0c6\x1c7\x1d8\x1e9\x85a\u2028b\u2029c".splitlines())
print("no newline".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "".splitlines())
print("-".join("abc"), "".join([]), ", ".join(["x"]), "ab".join(["1", "2", "3"]))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError", e)
print("mississippi".replace("ss", "SS"), "mississippi".replace("i", "", 2), "aaa".replace("", "-"), "abc".replace("", "-", 2))
print("hello world".title(), "hello".center(11, "="), "%s|%5s|%-5s|" % ("a", "b", "c"))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
print("tab\tsep".expandtabs(4).split(" "), "x".join("123").split("x"))
print(" x ".strip(), "xxaxx".strip("x"), "\t\n x".lstrip(), "x \n".rstrip(), "abcba".strip("ab"), "  ".strip())
print("Hello World".swapcase(), "hello world".capitalize(), "HELLO".lower(), "ﬀ".upper(), "ß".upper())
print("abc" < "abd", "a" * 3, "abc"[::-1], "abcdef"[1:5:2], "x" in "xyz", "xyz".index("z"))

# String literals, escapes, raw strings, and basic bytes operations.
print("tab\there", 'single\'quote', "double\"quote", "back\\slash", "bell\a".replace("\a", "<BEL>"))
print(r"raw\n\t", r"C:\path\to", len(r"\n"), len("\n"), "\x41\u0042\U00000043", "\101\102", "\N{BULLET}", "\N{GREEK SMALL LETTER ALPHA}")
print("con" "cat" 'en' "ation", ("multi"
      "line"), """triple "quoted" 'text'""", '''another''')
print("""line one
line two""")
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b + b"!", b * 2, b"" == b"", b"a" < b"b")
print(list(b"AB"), bytes([104, 105]), bytes(2), b"abc"[1], b"x" in b"xyz", 120 in b"xyz")
print(repr(b"'"), repr(b'"'), repr(b"\t\n\r"), repr(b"\\"), repr(bytes(range(30, 35))))
print(b"abc" == "abc", hash(b"abc") == hash(b"ab" + b"c"), {b"k": 1}[b"k"], sorted([b"b", b"a", b""]))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(str(b"x"), "%s" % b"y", f"{b'z'}", f"{b'z'!r}")

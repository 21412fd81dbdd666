# Unicode strings: case mapping, whitespace splitting, lengths, slicing, comparisons.
s = "Grüße aus Köln — ñandú ŒUVRE ǅ"
print(s.upper(), s.lower(), s.title(), s.swapcase(), len(s))
print("straße".upper(), "İ".lower() == "i\u0307", len("İ".lower()), "ß".upper(), "ﬁ".upper())
print("a\u00a0b\u2003c\u3000d".split(), "x\u2028y".splitlines(), "\u0085".isspace())
print("Ⅻ".isnumeric(), "三".isnumeric(), "٣".isdigit(), int("٣٤"), float("١.٥"))
e = "😀👍🏽é"
print(len(e), e[0], e[-1], e[::-1] == "é🏽👍😀", [ord(c) for c in e])
print(sorted(["é", "e", "f", "E", "ê"]), "é" > "f", max("aé"), min("ZÉ"))
print("ÀÉÎ".lower(), "àéî".upper(), "ǆ".title(), "ǳ".capitalize(), "Σ".lower(), "ΣΟΔ".lower())
print(repr("\x1b[0m"), repr("\u00ad"), repr("\u2028"), repr("\ud7ff"), repr("\ufeff"))
print("café".center(10, "·"), "naïve".ljust(8, "~") + "|", "ü".zfill(3))
print("ŞİŞLİ".lower(), "ıi".upper(), "Ǆ".lower(), "ǅ".upper())

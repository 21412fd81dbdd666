words = ["café", "naïve", "Straße", "ÉCOLE", "déjà vu", "mañana", "Ωmega", "ǅemal"]
for w in words:
    print(w, w.upper(), w.lower(), w.title(), w.swapcase(), len(w), w.isalpha(), w.casefold())
print(sorted(words), sorted(words, key=str.casefold))
s = "Ünïcödé text — with dashes – and “quotes”"
print(s.split(), s.replace("—", "-").replace("–", "-"), s.encode("utf-8")[:12], len(s.encode("utf-8")))
print(s.find("text"), s.index("—"), s.count("t"), s.startswith("Ün"), s[::-1][:10])
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print([c for c in "a1²³½" if c.isdigit()], [c for c in "a1²³½" if c.isnumeric()], [c for c in "a1²³½" if c.isdecimal()])
print("  \t\n x \u00a0".strip(), "x\u2003y".split(), "\u00e9" == "e\u0301", len("e\u0301"))
print("{:>8}|{:<8}|{:^8}|".format("é", "日本", "ñ"), "日本語".center(9, "*"))
print(ord(max("hello wörld")), min("Zebra"), "abc" < "abd" < "abé", "Z" < "a", chr(0x1F600).encode("utf-8"))
print("x".join(["a", "ü", "ç"]), "-".join("αβγ"), "a,b;c d".replace(";", ",").replace(" ", ",").split(","))

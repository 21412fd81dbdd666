words = "the QUICK brown fOX jumps over THE lazy dog's back-yard"
print(words.title(), words.capitalize(), words.swapcase(), words.upper(), words.lower(), words.casefold())
print([w.capitalize() for w in words.split()], [w.istitle() for w in words.title().split()])
print("hello"[0].upper() + "hello"[1:], "MiXeD".lower() == "mixed", "ǈ".lower(), "ǈ".upper(), "ǈ".title())
print("straße".upper(), "STRASSE".lower(), "ﬃ".upper(), "İ".lower(), len("İ".lower()), "ŉ".upper())

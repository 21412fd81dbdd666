words = "Sphinx of black quartz judge my vow while five boxing wizards jump quickly".split()
print([w.lower() for w in words if len(w) > 4])
print({w.lower()[0] for w in words} == set("sobqjmvwfbxz") or sorted({w.lower()[0] for w in words}))
print({w: len(w) for w in words if "i" in w})
print(sorted(set("".join(words).lower())) == sorted(set("abcdefghijklmnopqrstuvwxyz")))
print([w[::-1] for w in words[:5]], ["".join(sorted(w.lower())) for w in words[5:9]])
print([(i, w) for i, w in enumerate(words) if i % 3 == 0])
acr = "".join(w[0].upper() for w in words)
print(acr, len(acr))
vowels = {w: sum(c in "aeiou" for c in w.lower()) for w in words}
print(max(vowels, key=lambda w: (vowels[w], w)), sorted(vowels.values()))
print([c for c in "Hello, World 123!" if c.isalnum()], "".join(c if c.isalpha() else "_" for c in "a-b c.d"))
pairs = [(a, b) for a in "xyz" for b in "12" if not (a == "y" and b == "2")]
print(pairs)
print([[c for c in w] for w in ("ab", "cde")], [len(x) for x in [w.split("o") for w in words] if len(x) > 1])
inverted = {}
for i, w in enumerate(words):
    for c in set(w.lower()):
        inverted.setdefault(c, []).append(i)
print({c: inverted[c] for c in sorted(inverted) if len(inverted[c]) > 3})

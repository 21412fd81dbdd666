def soundex(name):
    codes = {c: d for d, letters in {"1": "bfpv", "2": "cgjkqsxz", "3": "dt", "4": "l", "5": "mn", "6": "r"}.items() for c in letters}
    name = name.lower()
    out = name[0].upper()
    prev = codes.get(name[0], "")
    for c in name[1:]:
        d = codes.get(c, "")
        if d and d != prev:
            out += d
        if c not in "hw":
            prev = d
    return (out + "000")[:4]


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[-1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


names = ["Robert", "Rupert", "Rubin", "Ashcraft", "Ashcroft", "Tymczak", "Pfister", "Honeyman", "Lee", "Gutierrez"]
print([(n, soundex(n)) for n in names])
groups = {}
for n in names:
    groups.setdefault(soundex(n), []).append(n)
print({k: v for k, v in sorted(groups.items()) if len(v) > 1})
dictionary = ["apple", "apply", "ample", "maple", "angle", "ankle", "apples", "happy"]
for typo in ["appel", "aple", "anglee", "hapy"]:
    best = sorted(dictionary, key=lambda w: (lev(typo, w), w))[:3]
    print(typo, [(w, lev(typo, w)) for w in best])

WORDS = """listen silent enlist google inlets banana tinsel stone tones notes onset
seton level radar rotor kayak apple paple race care acre evil vile live veil""".split()
groups = {}
for w in WORDS:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    if len(ws) > 1:
        print(key, sorted(ws))
pals = [w for w in WORDS if w == w[::-1]]
print(pals)


def is_pal_sentence(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]


for s in ["A man, a plan, a canal: Panama", "No lemon, no melon", "Hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_pal_sentence(s))


def longest_pal(s):
    best = ""
    for c in range(len(s)):
        for lo, hi in ((c, c), (c, c + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


print([longest_pal(s) for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]])

TEXTS = {
    "simple": "The cat sat on the mat. It was a sunny day. The cat was happy.",
    "technical": ("Deterministic interpretation of untrusted analytical scripts requires comprehensive "
                  "specification of numerical semantics, particularly floating-point representation and formatting."),
    "mixed": "Sandboxes run code. Some code is complicated, multidimensional, and computationally intensive; most is not!",
}


def syllables(word):
    w = word.lower().strip(".,;!?")
    vowels = "aeiouy"
    count = 0
    prev = False
    for c in w:
        v = c in vowels
        if v and not prev:
            count += 1
        prev = v
    if w.endswith("e") and count > 1 and not w.endswith("le"):
        count -= 1
    return max(1, count)


def sentences(text):
    out = []
    cur = ""
    for c in text:
        cur += c
        if c in ".!?":
            out.append(cur.strip())
            cur = ""
    if cur.strip():
        out.append(cur.strip())
    return out


for name, t in TEXTS.items():
    words = t.split()
    sents = sentences(t)
    syl = sum(syllables(w) for w in words)
    fre = 206.835 - 1.015 * len(words) / len(sents) - 84.6 * syl / len(words)
    fk = 0.39 * len(words) / len(sents) + 11.8 * syl / len(words) - 15.59
    long_words = [w.strip(".,;!?") for w in words if syllables(w) >= 4]
    print(f"{name:<10} words={len(words):3d} sentences={len(sents)} syllables={syl:3d} ease={fre:7.2f} grade={fk:6.2f}")
    print("   long:", long_words)
print([(w, syllables(w)) for w in ["table", "code", "beautiful", "rhythm", "queue", "analytics"]])

SAMPLES = {
    "en": "the quick brown fox jumps over the lazy dog while the cat sleeps in the sun",
    "pt": "o rato roeu a roupa do rei de roma e a rainha ficou muito zangada com ele",
    "de": "der schnelle braune fuchs springt ueber den faulen hund und die katze schlaeft",
    "it": "la vita e bella quando il sole splende e gli amici sono vicini a noi",
}


def profile(text):
    letters = [c for c in text if c.isalpha()]
    n = len(letters)
    vowels = sum(c in "aeiou" for c in letters)
    freq = {}
    for c in letters:
        freq[c] = freq.get(c, 0) + 1
    top = "".join(sorted(freq, key=lambda c: (-freq[c], c))[:5])
    words = text.split()
    return {"letters": n, "vowel_ratio": round(vowels / n, 4), "top": top,
            "avg_word": round(sum(map(len, words)) / len(words), 3), "freq": freq}


profiles = {k: profile(v) for k, v in SAMPLES.items()}
for lang, p in profiles.items():
    print(lang, {k: v for k, v in p.items() if k != "freq"})


def distance(p, q):
    keys = set(p["freq"]) | set(q["freq"])
    return sum(abs(p["freq"].get(k, 0) / p["letters"] - q["freq"].get(k, 0) / q["letters"]) for k in keys)


def guess(text):
    pr = profile(text)
    return min(profiles, key=lambda l: (distance(pr, profiles[l]), l))


for t in ["the dog and the fox are friends", "o rei de roma ficou com a rainha", "der hund und die katze", "il sole e bello"]:
    print(repr(t), "->", guess(t))

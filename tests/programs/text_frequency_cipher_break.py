ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"
PLAIN = ("statistics computed by hand inside a sandbox are the same statistics that the analyst "
         "would compute on a laptop and that is the whole point of the conformance suite")


def shift(text, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.isalpha() else c for c in text)


def score(text):
    counts = {}
    for c in text:
        if c.isalpha():
            counts[c] = counts.get(c, 0) + 1
    return sum(counts.get(ch, 0) * (26 - i) for i, ch in enumerate(ENGLISH))


cipher = shift(PLAIN, 11)
print(cipher[:60])
ranked = sorted(range(26), key=lambda k: -score(shift(cipher, -k)))
print(ranked[:3])
best = ranked[0]
print(best, shift(cipher, -best) == PLAIN)
print(shift(cipher, -best)[:60])
chi = []
for k in range(26):
    t = shift(cipher, -k)
    letters = [c for c in t if c.isalpha()]
    e_share = letters.count("e") / len(letters)
    chi.append((round(abs(e_share - 0.127), 5), k))
print(sorted(chi)[:3])

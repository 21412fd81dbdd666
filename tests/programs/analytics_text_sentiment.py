POS = set("good great excellent love happy fast friendly clean recommend".split())
NEG = set("bad slow dirty rude hate broken late terrible never".split())
NEGATORS = {"not", "no", "never"}
REVIEWS = [
    ("r1", "Great food and friendly staff, would recommend!"),
    ("r2", "The room was dirty and the service was slow."),
    ("r3", "Not bad at all, actually good value."),
    ("r4", "Terrible. Late delivery, broken box, rude driver."),
    ("r5", "I love it. Clean, fast, happy."),
    ("r6", "Average experience; nothing special."),
    ("r7", "Not good, not terrible."),
]


def tokens(text):
    cleaned = "".join(c.lower() if c.isalpha() or c == "'" else " " for c in text)
    return cleaned.split()


def score(text):
    s = 0
    hits = []
    toks = tokens(text)
    for i, t in enumerate(toks):
        w = 1 if t in POS else -1 if t in NEG else 0
        if w and i > 0 and toks[i - 1] in NEGATORS:
            w = -w
        if w:
            hits.append(("+" if w > 0 else "-") + t)
        s += w
    return s, hits


results = []
for rid, text in REVIEWS:
    s, hits = score(text)
    label = "positive" if s > 0 else "negative" if s < 0 else "neutral"
    results.append((rid, s, label))
    print(f"{rid} {s:+d} {label:<8} {' '.join(hits)}")
summary = {}
for _, _, lab in results:
    summary[lab] = summary.get(lab, 0) + 1
print(sorted(summary.items()))
vocab = {}
for _, text in REVIEWS:
    for t in tokens(text):
        vocab[t] = vocab.get(t, 0) + 1
print(sorted(w for w, c in vocab.items() if c > 1))
print(sorted(vocab.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

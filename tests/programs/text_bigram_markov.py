import random

CORPUS = """the model runs in the sandbox and the sandbox keeps the model safe the
analyst writes the model and the sandbox runs the script the script prints the
results and the analyst reads the results the results match the model"""
words = CORPUS.split()
chain = {}
for a, b in zip(words, words[1:]):
    chain.setdefault(a, []).append(b)
print(len(words), len(chain))
for w in sorted(chain)[:6]:
    print(w, "->", sorted(set(chain[w])))
probs = {w: {n: nxt.count(n) / len(nxt) for n in sorted(set(nxt))} for w, nxt in chain.items()}
print({k: round(v, 3) for k, v in probs["the"].items()})
rng = random.Random(77)
for _ in range(3):
    w = "the"
    out = [w]
    for _ in range(12):
        if w not in chain:
            break
        w = rng.choice(chain[w])
        out.append(w)
    print(" ".join(out))
trigrams = {}
for a, b, c in zip(words, words[1:], words[2:]):
    trigrams[(a, b, c)] = trigrams.get((a, b, c), 0) + 1
print(sorted(((n, " ".join(t)) for t, n in trigrams.items() if n > 1), reverse=True))

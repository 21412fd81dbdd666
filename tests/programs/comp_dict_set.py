sq = {x: x * x for x in range(6)}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
evens = {k: v for k, v in sq.items() if k % 2 == 0}
print(evens)
pairs = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(pairs)
words = ["apple", "bob", "cat", "avocado", "banana"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
lens = {len(w) for w in words}
print(sorted(lens))
print({c for c in "mississippi" if c != "s"} == {"m", "i", "p"})
x = "outer"
d = {x: i for i, x in enumerate("ab")}
print(d, x)
print({k: {j for j in range(k)} for k in range(3)})
counts = {}
for w in words:
    counts[len(w)] = counts.get(len(w), 0) + 1
print({k: counts[k] for k in sorted(counts)})
print({i: i for i in []}, {i for i in []})

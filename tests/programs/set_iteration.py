s = {5, 3, 9, 1}
total = 0
for x in s:
    total += x
print(total, sum(s), max(s), min(s), sorted(s, reverse=True))
print(sorted([x * 2 for x in s]))
words = "the cat and the hat and the bat".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups)
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(set()), tuple(frozenset()), sorted(list({1, 2})))
it = iter({42})
print(next(it), next(it, "done"))
a, = {7}
print(a)

# Counting, grouping and inverting with dicts.
text = "one two three two one one four"
counts = {}
for w in text.split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
print(by_len)
inv = {}
for k, v in counts.items():
    inv[v] = inv.get(v, []) + [k]
print(inv)
best = None
for k, v in sorted(counts.items()):
    if best is None or v > counts[best]:
        best = k
print("most common:", best)
d = {}
for i in range(10):
    d[i % 3] = d.get(i % 3, 0) + i
print(d)
nested = {"a": {"x": 1}, "b": {"y": 2}}
nested["a"]["z"] = 3
nested["b"]["y"] += 40
print(nested)
keys = list(nested)
keys.reverse()
print(keys)
items = [(v, k) for k, v in counts.items()]
items.sort()
print(items)

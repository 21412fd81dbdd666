# Insertion order is preserved across updates, deletions and re-insertions.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(list(d), list(d.values()))
del d["a"]
d["a"] = 99
print(list(d.items()))
d["z"] = -1
print(list(d))
for k in list(d):
    if d[k] > 1:
        del d[k]
print(d)
d2 = {}
for i in range(20):
    d2[i * 7 % 20] = i
print(list(d2)[:10], sum(d2.values()))
for i in range(0, 20, 2):
    del d2[i]
print(list(d2))
for i in range(100, 105):
    d2[i] = i
print(list(d2))
try:
    for k in d2:
        d2[k + 1000] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items())))
print(list(reversed(list({"x": 1, "y": 2}))))

# Iterating dicts, mutation errors, pop order.
d = {}
for i in range(5):
    d[str(i)] = i * i
for k, v in d.items():
    print(k, v)
total = 0
for v in d.values():
    total += v
print(total)
try:
    for k in d:
        d[k + "x"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d["a"] = 10
print(list(d), d)
pairs = list(zip(["x", "y", "z"], [1, 2, 3]))
print(dict(pairs))
print(dict(enumerate("abc")))
print(len({}), bool({}), bool({0: 0}))

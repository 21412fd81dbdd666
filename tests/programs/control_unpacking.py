# Multiple assignment targets and unpacking.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y, z = 1, 2, 3
print(x, y, z)
x, y = y, x
print(x, y)
(p, q), [r, s] = "ab", (3, 4)
print(p, q, r, s)
first, second = "hi"
print(first, second)
d = {}
d["k"], d["j"] = 1, 2
print(d)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError", e)
for k, v in {"a": 1}.items():
    print(k, v)
t = 1,
print(t, len(t))
(m) = 7
print(m)

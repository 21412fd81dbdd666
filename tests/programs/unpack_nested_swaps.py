a, b = 1, 2
a, b = b, a
print(a, b)
(a, b), c = (3, 4), 5
print(a, b, c)
[a, [b, c]] = [6, [7, 8]]
print(a, b, c)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
first, *middle, last = "abcdef"
print(first, "".join(middle), last)
head, *_ = [9, 8, 7]
print(head, _)
def pair():
    return 1, [2, 3]
n, (m, *o) = pair()
print(n, m, o)
matrix = [(1, 2, 3), (4, 5, 6)]
print([(a, rest) for a, *rest in matrix])
d = {}
d["a"], d["b"] = "AB"
print(d)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, (b, c) = 1, 2
except TypeError as e:
    print("TypeError:", e)

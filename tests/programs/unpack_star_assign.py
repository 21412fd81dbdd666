a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *rest = "hello"
print(first, rest)
[x, *y] = {"k": 1, "j": 2}
print(x, y)
(p, q), *r = [(1, 2), 3, 4]
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,), [5, 6]]:
    print(head, tail)
a, *b, c, d = (i * i for i in range(6))
print(a, b, c, d)
*all_, = [7, 8]
print(all_)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b = 5
except TypeError as e:
    print("TypeError:", e)
print([(h, t) for h, *t in ["ab", "cde"]])

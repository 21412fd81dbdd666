# Slicing, slice assignment and deletion, nested lists.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-2:], a[:-7:-2])
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1]
print(a)
a[1:1] = []
del a[0]
del a[-1]
print(a)
del a[::2]
print(a)
b = a
b += [100]
print(a is b, a)
c = a
c = c + [200]
print(a is c, len(a), len(c))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
m[2][0] += 7
print(m)
shallow = [[0] * 2] * 2
shallow[0][0] = 9
print(shallow)
a[0] = a[-1] = "end"
print(a)
i = 1
a[i] += "!"
print(a)
x, y = [1, 2]
[p, q], r = (3, 4), 5
print(x, y, p, q, r)
x, y = y, x
print(x, y)

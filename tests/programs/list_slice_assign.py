# slicing with steps, slice assignment and deletion.
a = list(range(10))
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2], a[-3:], a[:-3], a[100:], a[-100:2], a[5:2])
print(a[2:8:3], a[-1:-5:-1], a[::100], a[3:3])
b = list(range(10))
b[2:5] = ["x"]; print(b)
b[0:0] = [-2, -1]; print(b)
b[len(b):] = [100, 101]; print(b)
b[1:3] = []; print(b)
b[::2] = [0] * len(b[::2]); print(b)
b[:] = "abc"; print(b)
c = list(range(10))
c[1:8:3] = ["p", "q", "r"]; print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = list(range(10))
del d[::3]; print(d)
del d[1:3]; print(d)
del d[-1]; print(d)
del d[5:100]; print(d)
del d[:]; print(d)
e = list(range(6))
e[4:1] = ["ins"]; print(e)
e[-2:] = (7, 8, 9); print(e)
e[1:2] = range(3); print(e)
f = [1, 2, 3]
f[::-1] = ["a", "b", "c"]; print(f)
g = list(range(5))
print(g[-2], g[-5])
try:
    g[5]
except IndexError as e:
    print("IndexError:", e)
try:
    g[-6] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del g[10]
except IndexError as e:
    print("IndexError:", e)
t = (0, 1, 2, 3, 4, 5)
print(t[::2], t[::-1], t[1:-1], "abcdef"[::-2], "abcdef"[1:5:2], "abc"[5:], "abc"[-10:10])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)

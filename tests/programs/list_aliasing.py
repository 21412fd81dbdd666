# Aliasing, copying, nested mutation, identity and equality.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
a[1].append(4)
a.append(5)
print(a, b, c, d, a is b, a is c, a == c, a[1] is c[1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
def modify(lst):
    lst.append("mod")
    lst = ["new"]
    return lst
orig = [1]
res = modify(orig)
print(orig, res)
def default_acc(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(default_acc(1), default_acc(2))
def bad_default(x, acc=[]):
    acc.append(x)
    return acc
print(bad_default(1), bad_default(2), bad_default(3))
l = [1, 2, 3]
for i, v in enumerate(l):
    l[i] = v * 10
print(l)
m = [3, 1, 2]
n = sorted(m)
print(m, n, m is n)
r = list(reversed(m))
print(r, m)
x = [1, 2]
x.append(x)
print(len(x), x[2] is x)

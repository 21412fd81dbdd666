# Augmented assignment on numbers, lists, strings, tuples, dict items.
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 5; print(x)
x &= 6; print(x)
x ^= 15; print(x)
y = 7
y /= 2; print(y, type(y).__name__)
s = "ab"
s += "cd"; s *= 2; print(s)
t = (1,)
t += (2, 3); t *= 2; print(t)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
lst += "xy"
print(lst)
lst += (9,)
lst += range(2)
print(lst)
d = {"a": 1, "b": [1]}
d["a"] += 10
d["b"] += [2]
d["c"] = d.get("c", 0) + 1
print(d)
m = [[0] * 3 for i in range(2)]
m[1][2] += 5
m[0][0] -= 1
print(m)
f = 0.1
for i in range(10):
    f += 0.1
print(f)

data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5], y)
total = 0
while (chunk := data[total:total + 2]):
    print(chunk)
    total += 2
def f():
    if (m := max(data)) > 5:
        return m
print(f())
print((z := 10) + z)

a = 1
del a
try:
    a
except NameError as e:
    print("NameError:", e)
lst = [1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
print(d)
x, y = 1, 2
del x, y
def loc():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(loc())
p, q = [10, 20], [30]
del (p[0], q[0])
print(p, q)

try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("AssertionError:", repr(e))
assert True, "never"

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 != 2, 0 < 1 <= 1 < 2)
def val(v):
    print("eval", v)
    return v
print(val(1) < val(2) < val(0) < val(5))
print("yes" if 0 else "no", [("even" if i % 2 == 0 else "odd") for i in range(3)])

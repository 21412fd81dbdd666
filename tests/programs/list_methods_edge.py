# list methods with unusual arguments.
lst = [10, 20, 30, 20, 10, 40]
print(lst.index(20), lst.index(20, 2), lst.index(10, 1, 5), lst.index(40, -2), lst.count(20), lst.count(99))
for args in [(99,), (10, 1, 4)]:
    try:
        if len(args) == 1:
            lst.index(args[0])
        else:
            lst.index(args[0], args[1], args[2])
    except ValueError as e:
        print("ValueError:", e)
a = [1, 2, 3]
a.insert(0, "start"); a.insert(100, "end"); a.insert(-1, "before-last"); a.insert(-100, "first")
print(a)
a.insert(2, [9]); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1), a)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
b = [1, 2, 3, 2, 1]
b.remove(2); print(b)
try:
    b.remove(9)
except ValueError as e:
    print("ValueError:", e)
c = []
c.extend("abc"); c.extend((1, 2)); c.extend({"k": 1, "j": 2}); c.extend(range(3)); c.extend([]); c.extend({"x": 0}.values())
print(c)
c.append(c[:2]); print(c)
d = [3, 1, 2]
d.reverse(); print(d)
e = d.copy(); e.append(0); print(d, e)
e.clear(); print(e, len(e))
print([1, 2] + [3], [0] * 3, [[0]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
x = [1, 2, 3]
print(x.index(2.0), 2.0 in x, x.count(True), [1, 1.0, True].count(1))

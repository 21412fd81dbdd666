xs = [5, 3, 8, 1]
xs.append(9)
xs.extend([2, 7])
xs.insert(0, 4)
xs.insert(-1, 6)
xs.insert(100, 10)
print(xs, len(xs))
print(xs.index(8), xs.count(4), xs.pop(), xs.pop(0), xs.pop(-2))
xs.remove(3)
print(xs)
try:
    xs.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    xs.index(42)
except ValueError as e:
    print("ValueError", e)
ys = xs.copy()
ys.sort()
print(xs, ys)
ys.reverse()
print(ys, sorted(xs, reverse=True) == ys)
xs.sort(key=lambda v: (v % 3, v))
print(xs)
print(xs * 2, [0] * 3 + [1], xs[::2], xs[::-1][:3])
zs = xs[:]
zs[1:3] = ["a", "b", "c"]
print(zs)
del zs[::2]
print(zs)
zs.clear()
print(zs, [] == zs)
stack = []
for ch in "(a[b]{c}(d))":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        print(stack.pop() + ch, end=" ")
print()
print(min(xs), max(xs), sum(xs), [1, 2] < [1, 2, 0], [3] > [2, 9], [1, [2]] == [1, [2]])
print(list(enumerate(["x", "y"], start=1)), list(zip(xs, "abc")))

# Comprehension variables do not leak; enclosing names are visible.
x = "outer x"
ys = [x for x in range(3)]
print(x, ys)
def f(n):
    total = 100
    vals = [total + i for i in range(n)]
    return vals, total
print(f(3))
def g():
    i = "kept"
    squares = [i * i for i in range(4)]
    return i, squares
print(g())
base = 10
print([base + b for b in range(3)])
def nested_same_name():
    return [[v for v in range(v)] for v in range(4)]
print(nested_same_name())
def uses_param(xs, k):
    return [x * k for x in xs if x > k]
print(uses_param([1, 5, 9], 4))
data = [[1, 2], [3, 4]]
print([v for data in data for v in data])
print(data)

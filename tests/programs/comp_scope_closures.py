x = 10
print([x for x in range(3)], x)
def f():
    y = 5
    return [y * i for i in range(3)], {i: y for i in range(2)}, {y + i for i in range(2)}
print(f())
def g(n):
    return [[i * j for j in range(n)] for i in range(n)]
print(g(3))
def h():
    funcs = {name: (lambda v, name=name: name + str(v)) for name in "ab"}
    return funcs["a"](1), funcs["b"](2)
print(h())
def captured():
    return [lambda: i for i in range(3)], [lambda i=i: i for i in range(3)]
late, early = captured()
print([f() for f in late], [f() for f in early])
def nested_gen(rows):
    return [sum(v * w for w in row) for v, row in enumerate(rows)]
print(nested_gen([[1, 2], [3, 4], [5]]))
total = 0
vals = [total := total + v for v in [1, 2, 3]]
print(vals, total)
def in_func():
    best = None
    if any((best := v) > 2 for v in [1, 3, 5]):
        return best
    return None
try:
    print(in_func())
except Exception as e:
    print(type(e).__name__)

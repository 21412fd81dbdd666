def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders()])

def multipliers():
    return [lambda x: x * n for n in range(3)]
print([f(10) for f in multipliers()])

def scale(k):
    return lambda x: x * k
print(scale(3)(4), scale("ab")(2))

def make_ops():
    ops = {}
    for name, sym in [("add", "+"), ("sub", "-")]:
        if sym == "+":
            ops[name] = lambda a, b: a + b
        else:
            ops[name] = lambda a, b: a - b
    return ops
ops = make_ops()
print(ops["add"](5, 3), ops["sub"](5, 3))

key = lambda item: (-item[1], item[0])
data = {"x": 3, "y": 1, "z": 3, "w": 2}
print(sorted(data.items(), key=key))

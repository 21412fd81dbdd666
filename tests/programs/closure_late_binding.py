fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])

def make():
    out = []
    for i in range(4):
        out.append(lambda: i * 10)
    return out
print([f() for f in make()])

def make_bound():
    out = []
    for i in range(4):
        out.append(lambda i=i: i * 10)
    return out
print([f() for f in make_bound()])

def make_factory():
    def factory(n):
        return lambda x: x + n
    return [factory(n) for n in range(3)]
print([f(100) for f in make_factory()])

print([g() for g in [lambda: k for k in "abc"]])

def comp_capture():
    return [(lambda: j * 2) for j in range(3)]
print([h() for h in comp_capture()])

def gen(n):
    i = 0
    while i < n:
        yield i * 2
        i += 1

total = 0
for k in range(300):
    for v in gen(50):
        total += v
print(total)

def relay(n):
    r = yield from gen(n)
    return r

s = 0
for k in range(2000):
    s += sum(relay(5))
print(s)

def acc():
    t = 0
    while True:
        x = yield t
        t += x
a = acc()
next(a)
for i in range(5000):
    last = a.send(i)
print(last)

def make_adder(n):
    return lambda x: x + n
adders = [make_adder(i) for i in range(10)]
z = 0
for i in range(20000):
    z = adders[i % 10](z) % 1000003
print(z)

def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
inc = counter()
for i in range(30000):
    inc()
print(inc())
print(sum(x * x for x in range(100000)))
print(len({i % 1000 for i in range(50000)}), sum({i: i for i in range(3000)}.values()))
def star(*a, **k):
    return len(a) + len(k)
q = 0
args = [1, 2, 3]
kw = {"x": 1}
for i in range(20000):
    q += star(*args, i, **kw)
print(q)
def thrower():
    n = 0
    while True:
        try:
            yield n
        except ValueError:
            n += 1
t = thrower()
next(t)
for i in range(3000):
    r = t.throw(ValueError)
print(r)
out = 0
for i in range(3000):
    g = (j for j in range(i % 7))
    out += sum(g)
    a1, *b1, c1 = range(i % 5 + 2)
    out += len(b1)
print(out)

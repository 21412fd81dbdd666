# class attributes and methods changed while objects use them, in hot loops
# (lookups are cached for the JIT and must see every change)
class Base:
    rate = 1

    def f(self):
        return "Base.f"


class Sub(Base):
    pass


class SubSub(Sub):
    pass


def v1(self):
    return "v1"


def v2(self):
    return "v2"


o = SubSub()
seen = []
for i in range(3000):
    if i % 1000 == 0:
        seen.append((o.f(), o.rate))
    if i == 1500:
        Base.f = v1
        seen.append(o.f())
    if i == 2200:
        Sub.f = v2
        seen.append(o.f())
    if i == 2600:
        del Sub.f
        seen.append(o.f())
total = 0
for i in range(500):
    Base.rate = i          # many changes: caching stops, results stay right
    total += o.rate + SubSub.rate
print(seen, total, Base.rate, Sub.rate)


class Counter:
    n = 0

    def __init__(self):
        Counter.n += 1


for _ in range(200):
    Counter()
print(Counter.n)


class Op:
    def __add__(self, other):
        return "add1"


def v1x(self, other):
    return "add2"


x = Op()
out = []
for i in range(400):
    if i == 200:
        Op.__add__ = v1x
    out.append(x + 1)
print(out[0], out[199], out[200], out[399])

# Instance attributes: order, deletion, re-adding, many attributes, and
# instances of one class with different layouts (objects/attributemap.py).
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

a = P(1, 2)
b = P(3, 4)
b.z = 5
print(vars(a), vars(b))
del b.x
print(vars(b), b.y, b.z, hasattr(b, 'x'))
b.x = 10
print(vars(b))
try:
    del a.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    a.nope
except AttributeError as e:
    print("AttributeError", e)

# different orders give the same values
c = P(0, 0)
del c.x, c.y
c.y = 'y'
c.x = 'x'
print(vars(c), c.x, c.y)

# many attributes (past the map limit) keep working and keep their order
big = P(0, 0)
for i in range(200):
    setattr(big, 'a%d' % i, i)
print(len(vars(big)), list(vars(big))[:5], list(vars(big))[-3:])
print(sum(getattr(big, 'a%d' % i) for i in range(200)))
del big.a100
big.a100 = 'again'
print(list(vars(big))[-2:], big.a100, big.a99)
for i in range(0, 200, 3):
    delattr(big, 'a%d' % i)
print(len(vars(big)), big.a1, big.a199 if hasattr(big, 'a199') else None)

# many instances with distinct attribute names (many layouts of one class)
objs = []
for i in range(500):
    o = P(i, -i)
    setattr(o, 'k%d' % (i % 97), i)
    objs.append(o)
print(sum(o.x + o.y for o in objs), sum(len(vars(o)) for o in objs))
print(sorted(vars(objs[123]).items()))

# attribute values of every kind, overwritten
class Box:
    pass
box = Box()
for v in [1, 'two', [3], None, (4,), {5: 6}, 7.5]:
    box.v = v
    print(repr(box.v), end=' ')
print()
box.v = None
print(vars(box), 'v' in dir(box))

# instances in a hot loop
total = 0
for i in range(10000):
    q = P(i, i + 1)
    q.w = q.x * 2
    total += q.w + q.y
print(total)

# the live vars() view writes through to the map-stored attributes
class View:
    def __init__(self):
        self.a = 1
        self.b = 2
vw = View()
d = vars(vw)
d['c'] = 3
del d['a']
print(vw.b, vw.c, hasattr(vw, 'a'), list(d), len(d), 'c' in d)
d.clear()
print(vars(vw), bool(d), hasattr(vw, 'b'))
vw.z = 26
vw.__dict__.update({'a%d' % i: i for i in range(70)})   # past the map limit
print(vw.z, vw.a69, len(vars(vw)), list(vars(vw))[:3])
d.clear()
vw.q = 1
print(vars(vw), View().a)

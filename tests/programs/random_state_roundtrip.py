import random

random.seed(3)
s = random.getstate()
a = [random.random() for i in range(5)]
random.setstate(s)
b = [random.random() for i in range(5)]
print(a == b, a)
g1 = random.Random(99)
g2 = random.Random()
g2.setstate(g1.getstate())
print([g1.randint(0, 10 ** 6) for i in range(5)] == [g2.randint(0, 10 ** 6) for i in range(5)])
st = g1.getstate()
print(type(st).__name__, st[0], type(st[1]).__name__, st[1][-1], st[1][0] >= 0)
for bad in [(2, (), None), (3, (1, 2), None), "x"]:
    try:
        g1.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
random.seed(0)
print(random.getstate()[1][:4], random.getstate()[1][-1])

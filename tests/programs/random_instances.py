import random

r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.random(), r2.randint(1, 6))
random.seed(5)
print(random.random())
r3 = random.Random()
r3.seed(123)
print(r3.random(), r3.choice("abc"))
print(type(r3).__name__, isinstance(r3, random.Random))
state = r3.getstate()
print(state[0], len(state[1]), state[2])
a = [r3.random() for _ in range(3)]
r3.setstate(state)
b = [r3.random() for _ in range(3)]
print(a == b, a)
g = random.Random(1)
g.gauss(0, 1)
st = g.getstate()
x = g.gauss(0, 1)
g.setstate(st)
print(x == g.gauss(0, 1), st[2] is not None)
# independent generators
r4 = random.Random(10)
r5 = random.Random(11)
print(r4.random() != r5.random())
random.seed(10)
print(random.random() == random.Random(10).random())

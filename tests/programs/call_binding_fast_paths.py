# Calls that bind defaults and keywords without *args/**kwargs, run hot so
# the JIT compiles them (bind_plain), with every error falling back to the
# general binding's message.
def f(a, b=2, *, c=3):
    return a + 10 * b + 100 * c

def g(a, b, /, c=5):
    return (a, b, c)

def h(x, y=None):
    return x if y is None else y

class Node:
    def __init__(self, pos):
        self.pos = pos
        self.ref = self

    def find(self, update=False):
        ref = self.ref
        if ref.pos != self.pos:
            ref = ref.find(update)
            if update:
                self.ref = ref
        return ref

total = 0
nodes = [Node(i) for i in range(10)]
for i in range(1, 10):
    nodes[i].ref = nodes[i - 1]
for i in range(3000):
    total += f(i) + f(i, 1) + f(i, b=4) + f(a=i, c=1) + f(b=1, a=i) + f(i, 2, c=0)
    total += g(i, 1)[2] + g(i, 2, c=7)[2] + g(i, 3, 4)[2]
    total += h(i) + h(i, y=1) + h(y=2, x=i)
    total += nodes[i % 10].find().pos + nodes[9].find(update=(i % 2 == 0)).pos
print(total)

def show(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

for i in range(300):
    show(f, 1, 2, 3) if i == 299 else None
    show(f, 1, a=1) if i == 299 else None
    show(f, b=1) if i == 299 else None
    show(f, 1, d=1) if i == 299 else None
    show(g, 1, b=2) if i == 299 else None
    show(g, 1) if i == 299 else None
    show(h) if i == 299 else None

def kwonly_required(a, *, key):
    return a, key

def kwonly_default(a, *, key=7, other):
    return a, key, other

for i in range(2000):
    r = kwonly_required(i, key=1)
    s = kwonly_default(i, other=2)
    t = kwonly_default(a=i, other=3, key=4)
print(r, s, t)
show(kwonly_required, 1)
show(kwonly_default, 1, key=2)
show(kwonly_default, 1, 2)

# Generator chains run often enough for the JIT to compile their resumption
# (W_Generator.resume_chain, jit.make_consume_driver): the same results as when
# interpreted, whichever resume point a compiled trace was made for.


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(values):
    n = len(values)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(values[:i]), values[i], tree(values[i + 1:]))


t = tree(list(range(3000)))
total = 0
for rounds in range(5):
    for v in t:
        total += v
print("tree walk", total, list(t) == list(range(3000)), sum(t), max(t))


def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            n += got
    return n


def middle(n):
    r = yield from inner(n)
    if r % 3 == 0:
        raise ValueError(r)
    return r * 2


def outer(n):
    total = 0
    for k in range(n):
        try:
            total += yield from middle(k % 5)
        except ValueError as e:
            total -= e.args[0]
    return total


def drive(n):
    g = outer(n)
    out = []
    try:
        v = next(g)
        while True:
            out.append(v)
            v = g.send(1 if v == 2 else None)
    except StopIteration as e:
        out.append(e.value)
    return out


acc = 0
for i in range(300):
    r = drive(20)
    acc += sum(r) + len(r)
print("send chain", acc, drive(8))


async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)


class Pause:
    def __await__(self):
        return (yield "paused")


async def pausing(n):
    total = 0
    for i in range(n):
        total += await fib(i % 7)
        if i % 4 == 0:
            total += await Pause()
    return total


def run(coro):
    sends = 0
    try:
        coro.send(None)
        while True:
            sends += 1
            coro.send(sends)
    except StopIteration as e:
        return e.value, sends


for i in range(3):
    c = fib(16)
    print("fib", run(c))
print("pausing", [run(pausing(n)) for n in range(0, 200, 37)])


def leaves(n):
    yield n
    if n > 0:
        yield from leaves(n - 1)
        yield from leaves(n - 1)


counts = {}
for i in range(200):
    k = len(list(leaves(6)))
    counts[k] = counts.get(k, 0) + 1
print("leaves", counts, tuple(leaves(2)), "".join(str(x) for x in leaves(3)))

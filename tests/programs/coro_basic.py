# Coroutines: async def, await, send/throw/close, return values through
# StopIteration, __await__ on user objects, the coroutine wrapper.


def run(coro):
    """A tiny driver: send None until the coroutine finishes."""
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


print("fib", run(fibonacci(15)))


class Suspend:
    """Awaitable that pauses once, handing out a label, and evaluates to
    what is sent back."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


async def worker(name, n):
    total = 0
    for i in range(n):
        got = await Suspend("%s-%d" % (name, i))
        total += got
    return "%s total %d" % (name, total)


c = worker("w", 3)
print(c.send(None))
print(c.send(10))
print(c.send(20))
try:
    c.send(30)
except StopIteration as e:
    print("finished:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


# a round-robin scheduler over several coroutines
def schedule(coros):
    queue = [(c, None) for c in coros]
    results = []
    counter = 0
    while queue:
        coro, value = queue.pop(0)
        try:
            label = coro.send(value)
            counter += 1
            queue.append((coro, counter))
            print("  yielded", label)
        except StopIteration as e:
            results.append(e.value)
    return results


print(schedule([worker("a", 2), worker("b", 3), worker("c", 1)]))


# throw into a coroutine paused in an await
async def guarded():
    try:
        await Suspend("waiting")
    except KeyError as e:
        print("caught inside:", repr(e))
        return "recovered"
    return "not reached"


c = guarded()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("value", e.value)


# throw that is not handled propagates
c = guarded()
c.send(None)
try:
    c.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)


# close runs finally blocks
async def with_finally():
    try:
        await Suspend(1)
        await Suspend(2)
    finally:
        print("cleanup ran")


c = with_finally()
c.send(None)
c.close()
c.close()
print("closed twice fine")

# close of a never-started coroutine
c = with_finally()
c.close()
print("closed before start")


# coroutines awaiting coroutines, values flowing back
async def add(a, b):
    x = await Suspend("add")
    return a + b + (x or 0)


async def chain():
    r1 = await add(1, 2)
    r2 = await add(r1, 10)
    return [r1, r2]


print("chain", run(chain()))


# __await__ returning the coroutine's own wrapper
class Deferred:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def use_deferred():
    return await Deferred(add(5, 6))


print("deferred", run(use_deferred()))

# the wrapper is an iterator over the coroutine
w = add(1, 1).__await__()
print(next(w))
try:
    w.send(3)
except StopIteration as e:
    print("wrapper value", e.value)


# StopIteration raised inside a coroutine becomes RuntimeError
async def bad():
    raise StopIteration(5)


try:
    run(bad())
except RuntimeError as e:
    print("RuntimeError:", e)

# names and types
async def named():
    return 1


c = named()
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))
print(callable(named), type(named).__name__)


# exceptions leave the coroutine
async def failing(n):
    if n == 0:
        raise ValueError("bottom")
    return await failing(n - 1)


try:
    run(failing(5))
except ValueError as e:
    print("ValueError:", e)


# methods can be coroutines, and so can staticmethods
class Service:
    def __init__(self, base):
        self.base = base

    async def compute(self, x):
        y = await Suspend("compute")
        return self.base * x + (y or 0)

    @staticmethod
    async def helper():
        return "static"


s = Service(3)
print(run(s.compute(4)), run(Service.helper()))


# send of a non-None value to a just-started coroutine
c = named()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

# async with / async for: __aenter__/__aexit__, __aiter__/__anext__,
# StopAsyncIteration, suppression, break/continue/return through them.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


log = []


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        log.append("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Tick()
        log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        return self.suppress


async def use_one():
    async with Resource("a") as r:
        log.append("body " + r)
    return "ok"


print(run(use_one()), log)
log.clear()


async def nested():
    async with Resource("outer"), Resource("inner", suppress=True) as i:
        log.append("in " + i)
        raise KeyError("x")
    log.append("after")
    return "nested"


print(run(nested()), log)
log.clear()


async def propagates():
    async with Resource("p"):
        raise ValueError("no")


try:
    run(propagates())
except ValueError as e:
    print("ValueError", e, log)
log.clear()


async def returns_inside():
    for i in range(3):
        async with Resource("r%d" % i):
            if i == 1:
                return "returned at %d" % i
            if i == 0:
                continue
    return "end"


print(run(returns_inside()), log)
log.clear()


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def loops():
    out = []
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 5:
            break
        out.append(x)
    else:
        out.append("no else after break")
    async for x in Counter(2):
        out.append(x * 10)
    else:
        out.append("else")
    async for a in Counter(0):
        out.append("never")
    total = 0
    async for i in Counter(3):
        async for j in Counter(i):
            total += i * j
    out.append(total)
    return out


print(run(loops()))


class BadNext:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise IndexError("from anext")


async def bad_loop():
    async for x in BadNext():
        pass


try:
    run(bad_loop())
except IndexError as e:
    print("IndexError", e)


class Pairs:
    def __init__(self, items):
        self.items = items

    def __aiter__(self):
        return PairIter(self.items)


class PairIter:
    def __init__(self, items):
        self.items = list(items)

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def unpack():
    res = []
    async for k, v in Pairs([("a", 1), ("b", 2)]):
        res.append(k * v)
    return res


print(run(unpack()))


# errors of the protocols
async def not_async_cm():
    async with 5:
        pass


async def not_async_iter():
    async for x in [1, 2]:
        pass


class NoAexit:
    async def __aenter__(self):
        return 1


async def missing_aexit():
    async with NoAexit():
        pass


class NotIter:
    def __aiter__(self):
        return 5


async def bad_aiter():
    async for x in NotIter():
        pass


class SyncNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def bad_anext():
    async for x in SyncNext():
        pass


async def await_int():
    await 3


class AwaitReturnsList:
    def __await__(self):
        return [1, 2]


async def await_list():
    await AwaitReturnsList()


for f in [not_async_cm, not_async_iter, missing_aexit, bad_aiter, bad_anext,
          await_int, await_list]:
    try:
        run(f())
    except TypeError as e:
        print(f.__name__, "TypeError:", e)


async def inner():
    await Tick()
    return 1


async def await_twice():
    c = inner()
    a = await c
    try:
        await c
    except RuntimeError as e:
        return a, str(e)


print(run(await_twice()))


pending = inner()


def plain_gen():
    yield from pending


try:
    list(plain_gen())
except TypeError as e:
    print("TypeError:", e)

try:
    for x in pending:
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    next(pending)
except TypeError as e:
    print("TypeError:", e)
pending.close()

# Edge cases of `yield from` chains, which the interpreter resumes by running
# the innermost generator directly (W_Generator.resume_chain).


def ret(v):
    yield v
    return v * 10


# an exhausted generator: `yield from` it evaluates to None at once, even
# when a for loop (which drops the value) ran it to its end
g = ret(1)
for x in g:
    print("for", x)


def outer(inner):
    r = yield from inner
    print("outer got", r)
    yield "after"


print(list(outer(g)))
g2 = ret(2)
print(next(g2))
try:
    next(g2)
except StopIteration as e:
    print("stop value", e.value)
print(list(outer(g2)))


# a deep chain: values, return values and the end, level by level
def level(n):
    if n == 0:
        yield "leaf"
        return 0
    r = yield from level(n - 1)
    yield "level %d got %d" % (n, r)
    return r + 1


print(list(level(4)))


# the innermost generator finishes, then the chain goes on into a new one
def pair(a, b):
    x = yield from ret(a)
    y = yield from ret(b)
    return x + y


def top():
    total = yield from pair(1, 2)
    yield total


print(list(top()))


# send() through a chain reaches the innermost generator
def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)


def middle():
    r = yield from echo()
    yield ("middle", r)


m = middle()
print(next(m), m.send("a"), m.send("b"), next(m))


# an exception from the innermost is raised at each level's `yield from`
def boom():
    yield 1
    raise KeyError("k")


def catcher():
    try:
        yield from boom()
    except KeyError as e:
        print("caught", e)
        yield "recovered"


def wrap():
    yield from catcher()
    yield "end"


print(list(wrap()))


# a generator of a running chain is running: next() on it from inside fails
holder = []


def inner_reenter():
    try:
        next(holder[0])
    except ValueError as e:
        print("ValueError:", e)
    yield "inner"


def mid_reenter():
    yield from inner_reenter()


def top_reenter():
    yield from mid_reenter()


t = top_reenter()
mid = None
holder.append(t)
print(list(t))


def top_reenter2():
    m = mid_reenter2()
    holder[0] = m
    yield from m


def mid_reenter2():
    yield from inner_reenter()


print(list(top_reenter2()))


# throw() into a running chain's middle generator fails too
def inner_throw():
    try:
        holder[0].throw(KeyError("x"))
    except ValueError as e:
        print("throw ValueError:", e)
    yield "inner2"


def mid_throw():
    yield from inner_throw()


def top_throw():
    m = mid_throw()
    holder[0] = m
    yield from m


print(list(top_throw()))


# close() of the outer generator closes the whole chain, innermost first
def closing(name, inner=None):
    try:
        if inner is None:
            yield name
        else:
            yield from inner
    finally:
        print("closed", name)


c = closing("a", closing("b", closing("c")))
print(next(c))
c.close()


# a generator paused in the middle of a chain can be resumed on its own
def counter(n):
    for i in range(n):
        yield i
    return "counted"


def mid_own(inner):
    r = yield from inner
    yield ("mid", r)


inner = counter(3)
mo = mid_own(inner)
print(next(mo))
print(next(inner))
print(next(mo))
print(list(inner), list(mo))


# coroutines: await chains that finish without suspending, and that suspend
class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v


async def leaf(n):
    if n % 2:
        return await Suspend()
    return n


async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def driver():
    a = await leaf(2)
    b = await leaf(3)
    c = await fib(10)
    return a, b, c


co = driver()
print(co.send(None))
try:
    co.send(7)
except StopIteration as e:
    print("driver returned", e.value)

c2 = fib(3)
try:
    c2.send(None)
except StopIteration as e:
    print("fib", e.value)
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def await_twice(c):
    return await c


done = fib(2)
try:
    done.send(None)
except StopIteration:
    pass
try:
    await_twice(done).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


# close() of a generator that runs and has not paused yet fails too
def self_closer():
    try:
        me[0].close()
    except ValueError as e:
        print("close ValueError:", e)
    yield "closer"


me = [None]
sc = self_closer()
me[0] = sc
print(list(sc))

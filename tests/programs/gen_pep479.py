def bad():
    yield 1
    raise StopIteration("oops")

try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def leaky(it):
    while True:
        yield next(it)

try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)

def ok(it):
    for x in it:
        yield x
print(list(ok(iter([1, 2]))))

def normal_function():
    raise StopIteration("plain")
try:
    normal_function()
except StopIteration as e:
    print("StopIteration:", e)

def running():
    yield g.send(None)
g = running()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

def raises():
    yield 1
    raise KeyError("x")
gr = raises()
print(next(gr))
try:
    next(gr)
except KeyError as e:
    print("KeyError", e)
print(next(gr, "exhausted"))

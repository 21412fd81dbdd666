# close() of generators: finally blocks, GeneratorExit through yield from,
# return/raise/yield in handlers, unstarted generators.
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer(); next(g); g.close(); print("closed", g.close())
def ret():
    try:
        yield 1
    except GeneratorExit:
        return "val"
g = ret(); next(g); print(g.close())
def swallow():
    try:
        yield 1
    finally:
        yield 2
g = swallow(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def raiser():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
g = raiser(); next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e)
def loop():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
g = loop()
for x in g:
    if x == 1:
        break
g.close()
print("after break")
def never():
    try:
        yield 1
    finally:
        print("never-started finally")
g = never(); g.close(); print("unstarted closed")
g = never(); next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(g))

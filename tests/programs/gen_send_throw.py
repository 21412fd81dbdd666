def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(c, "finished"))

g = echo()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
cl = closing()
print(next(cl))
cl.close()
cl.close()
print(next(cl, "nothing"))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

g = closing()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("early ValueError", e)
print(list(g))

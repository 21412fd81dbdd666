def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"

light = traffic_light()
print([next(light) for _ in range(7)])

def running_total():
    total = 0
    while True:
        x = yield total
        if x is not None:
            total += x

rt = running_total()
next(rt)
for v in [5, 10, -3]:
    print(rt.send(v))

def parser():
    items = []
    while True:
        line = yield
        if line == "END":
            break
        key, _, value = line.partition("=")
        items.append((key.strip(), value.strip()))
    yield dict(items)

p = parser()
next(p)
p.send("a = 1")
p.send("b= two")
print(p.send("END"))

def countdown(n):
    while n > 0:
        cmd = yield n
        if cmd == "reset":
            n = 3
        else:
            n -= 1
c = countdown(5)
print(next(c), next(c), c.send("reset"), next(c), next(c), next(c, "liftoff"))

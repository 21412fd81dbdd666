def task(name, steps, log):
    for i in range(steps):
        log.append(f"{name}:{i}")
        delay = yield
        if delay:
            log.append(f"{name} sleeps {delay}")
    return f"{name} finished"


def scheduler(tasks):
    ready = list(tasks.items())
    results = []
    tick = 0
    while ready:
        name, t = ready.pop(0)
        try:
            t.send(tick % 3 if tick else None)
            ready.append((name, t))
        except StopIteration as e:
            results.append((tick, e.value))
        tick += 1
    return results


log = []
tasks = {n: task(n, s, log) for n, s in (("a", 3), ("b", 1), ("c", 2))}
for t in tasks.values():
    next(t)
print(scheduler(tasks))
print(log)


def ticker(period):
    t = 0
    while True:
        t += period
        yield t


def merge_timers(**periods):
    gens = {name: ticker(p) for name, p in periods.items()}
    nxt = {name: next(g) for name, g in gens.items()}
    while True:
        name = min(nxt, key=lambda n: (nxt[n], n))
        yield nxt[name], name
        nxt[name] = next(gens[name])


m = merge_timers(fast=2, slow=5, mid=3)
print([next(m) for _ in range(12)])

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def run(data):
    results = {}
    for key, values in data.items():
        g = grouper(results, key)
        next(g)
        for v in values:
            g.send(v)
        g.send(None)
    return results


data = {"girls;kg": [40.9, 38.5, 44.3, 42.2, 45.2, 41.7, 44.5, 38.0, 40.6, 44.5],
        "girls;m": [1.6, 1.51, 1.4, 1.3, 1.41, 1.39, 1.33, 1.46, 1.45, 1.43],
        "boys;kg": [39.0, 40.8, 43.2, 40.8, 43.1, 38.6, 41.4, 40.6, 36.3],
        "boys;m": [1.38, 1.5, 1.32, 1.25, 1.37, 1.48, 1.25, 1.49, 1.46]}
res = run(data)
for k in sorted(res):
    n, avg = res[k]
    print("%2d %-8s averaging %.2f%s" % (n, k.split(";")[0], avg, k.split(";")[1]))

a = averager()
print(next(a), a.send(10), a.send(20), a.send(30))
try:
    a.send(None)
except StopIteration as e:
    print("done", e.value)


def printer():
    lines = []
    try:
        while True:
            item = yield
            lines.append(str(item).upper())
    except GeneratorExit:
        print("closing with", lines)


p = printer()
next(p)
for w in ["alpha", "beta", 3]:
    p.send(w)
p.close()

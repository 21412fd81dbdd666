# Calling with keywords, defaults evaluated once, **kwargs ordering, argument errors.
def report(title, *values, sep=", ", prefix="", **opts):
    body = sep.join([str(v) for v in values])
    extras = ";".join(["%s=%s" % (k, opts[k]) for k in opts])
    return prefix + title + ": " + body + (" [" + extras + "]" if extras else "")
print(report("nums", 1, 2, 3))
print(report("nums", 1, 2, sep="|", prefix="> "))
print(report("opts", z=1, a=2, m=3))
print(report(title="only"))
def area(width, height=None, *, unit="cm"):
    if height is None:
        height = width
    return "%g %s^2" % (width * height, unit)
print(area(3), area(3, 4), area(width=2, height=5), area(2.5, unit="m"), area(height=2, width=3, unit="in"))
stamp = [0]
def next_id(counter=stamp):
    counter[0] += 1
    return counter[0]
print(next_id(), next_id(), next_id([100]), next_id(), stamp)
def kw(**kw):
    return list(kw.items())
print(kw(), kw(b=1, a=2), "skip")
for bad in range(4):
    try:
        if bad == 0:
            area()
        elif bad == 1:
            area(1, 2, height=3)
        elif bad == 2:
            area(1, unit="m", color="red")
        else:
            area(1, width=2)
    except TypeError as e:
        print("TypeError:", e)

def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))

def kw_default(*, opts={}):
    opts["n"] = opts.get("n", 0) + 1
    return opts["n"]
print(kw_default(), kw_default(), kw_default(opts={}))

counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(tag=next_id()):
    return tag
print(make(), make(), counter)

def layered(a, b=None, *rest, c, d=None, **extra):
    b = [] if b is None else b
    return a, b, rest, c, d, sorted(extra)
print(layered(1, c=2), layered(1, 2, 3, 4, c=5, d=6, e=7, f=8))

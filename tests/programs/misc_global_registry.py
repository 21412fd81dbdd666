REGISTRY = {}
ORDER = []
counter = 0


def register(kind):
    def deco(fn):
        global counter
        counter += 1
        REGISTRY[(kind, fn.__name__)] = fn
        ORDER.append(fn.__name__)
        return fn
    return deco


@register("metric")
def mean(xs):
    return sum(xs) / len(xs)


@register("metric")
def spread(xs):
    return max(xs) - min(xs)


@register("transform")
def normalize(xs):
    m, s = mean(xs), spread(xs) or 1
    return [round((x - m) / s, 4) for x in xs]


@register("transform")
def clip(xs, lo=0, hi=10):
    return [min(hi, max(lo, x)) for x in xs]


data = [3, -2, 8, 15, 4]
print(counter, ORDER)
for (kind, name), fn in sorted(REGISTRY.items()):
    print(kind, name, fn(data))


def run_all(kind, xs):
    return {name: fn(xs) for (k, name), fn in REGISTRY.items() if k == kind}


print(run_all("metric", clip(data)))
del REGISTRY[("transform", "clip")]
print(sorted(n for _, n in REGISTRY))


def reset():
    global counter, ORDER
    counter = 0
    ORDER = []


reset()
print(counter, ORDER, len(REGISTRY))

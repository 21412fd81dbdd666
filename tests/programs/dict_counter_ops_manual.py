def counter(iterable):
    c = {}
    for x in iterable:
        c[x] = c.get(x, 0) + 1
    return c


def most_common(c, n=None):
    items = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
    return items if n is None else items[:n]


def add(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def subtract(a, b):
    return {k: v - b.get(k, 0) for k, v in a.items() if v - b.get(k, 0) > 0}


def intersect(a, b):
    return {k: min(v, b[k]) for k, v in a.items() if k in b}


def union(a, b):
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in list(a) + [k for k in b if k not in a]}


a = counter("abracadabra")
b = counter("alakazam")
print(a, b)
print(most_common(a, 3), most_common(b))
print(add(a, b), subtract(a, b), intersect(a, b), union(a, b))
print(sum(a.values()), len(a), sorted(a, key=a.get, reverse=True)[:2])
words = "to be or not to be that is the question to ask".split()
wc = counter(words)
print(most_common(wc, 4), [w for w, c in wc.items() if c == 1][:4])
print(counter(len(w) for w in words), counter(w[0] for w in words)["t"])
elements = [k for k, v in sorted(a.items()) for _ in range(v)]
print("".join(elements), counter(elements) == a)

def make_stats():
    n = 0
    mean = 0.0
    m2 = 0.0

    def push(x):
        nonlocal n, mean, m2
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)

    def result():
        var = m2 / (n - 1) if n > 1 else 0.0
        return n, round(mean, 10), round(var, 10)

    return push, result


push, result = make_stats()
for x in [2, 4, 4, 4, 5, 5, 7, 9]:
    push(x)
print(result())


def make_ewma(alpha):
    state = {"v": None}

    def update(x):
        state["v"] = x if state["v"] is None else alpha * x + (1 - alpha) * state["v"]
        return round(state["v"], 6)
    return update


e = make_ewma(0.3)
print([e(x) for x in [10, 12, 11, 15, 14, 20, 18]])


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
adders = [lambda x, k=k: x + k for k in range(4)]
print([a(10) for a in adders])
late = [lambda x: x + k for k in range(4)]
print([a(10) for a in late])


def counter_factory():
    counts = {}

    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]

    def top(n):
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return count, top


count, top = counter_factory()
for w in "the cat and the hat and the bat".split():
    count(w)
print(top(3))

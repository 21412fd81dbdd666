def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s


def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt


p = primes()
print([next(p) for _ in range(20)])
print(sum(take_while(lambda x: x < 2000, primes())))
print(list(take_while(lambda s: s < 100, running_sum(primes()))))
print(list(interleave("abc", [1, 2, 3, 4, 5], (x * x for x in range(2)))))
gen = (x for x in primes() if x % 10 == 7)
print([next(gen) for _ in range(10)])
z = zip(primes(), range(5), "vwxyz")
print(list(z))
print(list(enumerate(take_while(lambda x: x < 30, primes()), 1)))

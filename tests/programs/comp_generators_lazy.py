log = []


def src(n):
    for i in range(n):
        log.append("gen %d" % i)
        yield i


g = (x * 10 for x in src(5) if x % 2 == 0)
print(log)
print(next(g), log)
print(list(g), log)
log.clear()
first_big = next(x for x in src(100) if x > 3)
print(first_big, len(log))
log.clear()
print(any(x == 2 for x in src(10)), len(log))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested), list(nested))
total = sum(x * x for x in range(1000) if x % 7 == 3)
print(total, max((len(w), w) for w in "a quick brown fox jumped".split()))
lines = ["x=1", "y=22", "skip", "z=333"]
kv = dict(l.split("=") for l in lines if "=" in l)
print(kv, sorted(len(v) for v in kv.values()))
gen_of_gens = (range(i) for i in range(4))
print([list(r) for r in gen_of_gens])
print(list(zip((c for c in "abc"), (n for n in range(10)))))

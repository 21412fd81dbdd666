graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["a"], "e": []}

def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen

print(sorted(reachable("b")), sorted(reachable("e")))

def primes_upto(n):
    composite = set()
    for i in range(2, n + 1):
        if i not in composite:
            composite.update(range(i * i, n + 1, i))
    return sorted(set(range(2, n + 1)) - composite)
print(primes_upto(50))

a = set("the quick brown fox")
b = set("jumps over the lazy dog")
print("".join(sorted(a & b)), "".join(sorted(a - b)), len(a | b), "".join(sorted(a ^ b)))
pairs = {(x, y) for x in range(4) for y in range(4) if x < y}
print(len(pairs), sorted(pairs)[:3])
words = ["listen", "silent", "enlist", "google", "gogole", "cat"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w), []).append(w)
print(sorted(sorted(g) for g in groups.values()))
print(len({1, 2, 3} & set(range(2, 100))), {1, 2}.isdisjoint(range(3, 6)))

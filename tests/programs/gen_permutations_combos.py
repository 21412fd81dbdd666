def permutations(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest


def combinations(items, r):
    items = list(items)
    if r == 0:
        yield ()
        return
    for i in range(len(items) - r + 1):
        for rest in combinations(items[i + 1:], r - 1):
            yield (items[i],) + rest


def product(*seqs):
    if not seqs:
        yield ()
        return
    for x in seqs[0]:
        for rest in product(*seqs[1:]):
            yield (x,) + rest


def powerset(items):
    for r in range(len(items) + 1):
        yield from combinations(items, r)


print(list(permutations("abc")))
print(list(permutations(range(4), 2))[:7], sum(1 for _ in permutations(range(6))))
print(list(combinations("abcd", 2)), sum(1 for _ in combinations(range(10), 4)))
print(list(product("ab", [0, 1], "xy"))[:5], len(list(product(range(3), range(3)))))
print(list(powerset([1, 2, 3])))
target = 10
coins = [1, 2, 5, 3, 4]
print([c for r in range(1, 4) for c in combinations(coins, r) if sum(c) == target])
words = ["eat", "tea", "ate", "tan"]
print(sorted({"".join(p) for p in permutations("tea")} & set(words)))

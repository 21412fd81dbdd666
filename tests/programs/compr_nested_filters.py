# List comprehensions: nested loops, multiple filters, conditional expressions.
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([(x, y) for x in range(4) if x % 2 == 0 for y in range(x) if y > 0])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
print([[row * 3 + col for col in range(3)] for row in range(3)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2], sum([v for row in matrix for v in row]))
words = ["alpha", "beta", "", "gamma", "Delta"]
print([w[0] for w in words if w], [len(w) for w in words], [w for w in words if w.islower()])
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
pairs = [(k, v) for k, v in {"a": 1, "b": 2}.items()]
print(pairs, dict(pairs), [k for k, _ in pairs])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2)])
print([x for x in []], [[] for _ in range(2)], [None for _ in "ab"])
n = 5
print([[1 if i == j else 0 for j in range(n)] for i in range(n)])
primes = [p for p in range(2, 60) if all([p % d for d in range(2, p) if d * d <= p])]
print(primes)
x = "outer"
res = [x for x in range(3)]
print(x, res)
print([str(i) + s for i, s in enumerate("abc")], [int(c) for c in "9081"], [float(s) for s in "1 2.5 -3".split()])

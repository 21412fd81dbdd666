# List comprehensions: filters, nesting, multiple for clauses.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([c.upper() for c in "abc"])
print([[j for j in range(i)] for i in range(4)])
print([x for row in [[1, 2], [3], []] for x in row])
print([a + b for a, b in zip([1, 2], [10, 20])])
print([k + "=" + str(v) for k, v in sorted({"b": 2, "a": 1}.items())])
print([x if x > 0 else -x for x in [-2, -1, 0, 1]])
print([x for x in []], [0 for _ in range(3)])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print(sum([x for x in range(101)]), len([1 for c in "hello" if c == "l"]))

flat = [x for row in [[1, 2], [3], []] for x in row]
print(flat)
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j])
print({i: [j for j in range(i)] for i in range(4)})
print({(a, b) for a in "ab" for b in "ab" if a != b} == {("a", "b"), ("b", "a")})
words = ["Apple", "banana", "avocado", "Cherry", "blueberry"]
index = {c: sorted(w for w in words if w.lower()[0] == c) for c in sorted({w[0].lower() for w in words})}
print(index)
print(sum(1 for w in words if "an" in w), max((len(w), w) for w in words))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v})
print([x if x % 2 else -x for x in range(6)])
print(list({x % 3: x for x in range(10)}.items()))

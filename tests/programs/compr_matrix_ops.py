A = [[2, -1, 0], [1, 3, 2], [0, 4, -2]]
B = [[1, 0, 2], [0, 1, 0], [3, -1, 1]]
print([[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A])
print([list(c) for c in zip(*A)])
print([[A[i][j] + B[i][j] for j in range(3)] for i in range(3)])
print([A[i][i] for i in range(3)], sum(A[i][2 - i] for i in range(3)))
print({(i, j): v for i, row in enumerate(A) for j, v in enumerate(row) if v < 0})
print(sorted({abs(v) for row in A + B for v in row}))
flat = [v for row in A for v in row]
print(flat, [v for v in flat if v % 2 == 0])
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
print([(x, y, z) for x in range(1, 21) for y in range(x, 21) for z in range(y, 21) if x * x + y * y == z * z])
print([[i * j for j in range(1, 6)] for i in range(1, 6)])
tri = [[1]]
for _ in range(7):
    tri.append([a + b for a, b in zip([0] + tri[-1], tri[-1] + [0])])
print(tri[-1], [sum(r) for r in tri])
print({k: [w for w in "apple bob cat ant bee cow".split() if w[0] == k] for k in "abc"})
print(any(v > 3 for row in A for v in row), all(len(r) == 3 for r in B))

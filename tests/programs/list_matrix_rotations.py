M = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]


def show(m):
    return " / ".join(" ".join("%2d" % v for v in r) for r in m)


rot90 = [list(r) for r in zip(*M[::-1])]
rot180 = [r[::-1] for r in M[::-1]]
rot270 = [list(r) for r in zip(*M)][::-1]
print(show(rot90))
print(show(rot180))
print(show(rot270))
print(show([r[::-1] for r in M]), "|", show(M[::-1]))


def spiral(m):
    out = []
    m = [r[:] for r in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out


print(spiral(M), spiral([[1]]), spiral([[1, 2], [3, 4]]))
n = 5
sq = [[0] * n for _ in range(n)]
x, y, dx, dy = 0, 0, 1, 0
for k in range(1, n * n + 1):
    sq[y][x] = k
    nx, ny = x + dx, y + dy
    if not (0 <= nx < n and 0 <= ny < n and sq[ny][nx] == 0):
        dx, dy = -dy, dx
    x, y = x + dx, y + dy
for r in sq:
    print(" ".join("%2d" % v for v in r))
diag = [[M[i][j] for i in range(len(M)) for j in range(len(M[0])) if i + j == s] for s in range(len(M) + len(M[0]) - 1)]
print(diag)

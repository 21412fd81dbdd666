def solve(A, b):
    n = len(A)
    M = [row[:] + [bi] for row, bi in zip(A, b)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(M[r][col]))
        if abs(M[piv][col]) < 1e-12:
            raise ValueError("singular matrix")
        M[col], M[piv] = M[piv], M[col]
        for r in range(col + 1, n):
            f = M[r][col] / M[col][col]
            for c in range(col, n + 1):
                M[r][c] -= f * M[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (M[r][n] - sum(M[r][c] * x[c] for c in range(r + 1, n))) / M[r][r]
    return x


def det(A):
    A = [r[:] for r in A]
    n = len(A)
    d = 1.0
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(A[r][c]))
        if A[p][c] == 0:
            return 0.0
        if p != c:
            A[c], A[p] = A[p], A[c]
            d = -d
        d *= A[c][c]
        for r in range(c + 1, n):
            f = A[r][c] / A[c][c]
            for k in range(c, n):
                A[r][k] -= f * A[c][k]
    return d


A = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
b = [8.0, -11.0, -3.0]
x = solve(A, b)
print([round(v, 12) for v in x], round(det(A), 12))
H = [[1 / (i + j + 1) for j in range(5)] for i in range(5)]
xh = solve(H, [sum(r) for r in H])
print(["%.8f" % v for v in xh], "%.6e" % det(H))
try:
    solve([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0])
except ValueError as e:
    print("ValueError:", e)
# Jacobi iteration on a diagonally dominant system
D = [[10.0, -1.0, 2.0, 0.0], [-1.0, 11.0, -1.0, 3.0], [2.0, -1.0, 10.0, -1.0], [0.0, 3.0, -1.0, 8.0]]
rhs = [6.0, 25.0, -11.0, 15.0]
v = [0.0] * 4
for it in range(100):
    nv = [(rhs[i] - sum(D[i][j] * v[j] for j in range(4) if j != i)) / D[i][i] for i in range(4)]
    if max(abs(a - c) for a, c in zip(nv, v)) < 1e-13:
        break
    v = nv
print(it, [round(t, 10) for t in v], [round(t, 10) for t in solve(D, rhs)])

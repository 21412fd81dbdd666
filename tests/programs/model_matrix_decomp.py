import math


def lu(A):
    n = len(A)
    L = [[0.0] * n for _ in range(n)]
    U = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for k in range(i, n):
            U[i][k] = A[i][k] - sum(L[i][j] * U[j][k] for j in range(i))
        L[i][i] = 1.0
        for k in range(i + 1, n):
            L[k][i] = (A[k][i] - sum(L[k][j] * U[j][i] for j in range(i))) / U[i][i]
    return L, U


def cholesky(A):
    n = len(A)
    L = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1):
            s = sum(L[i][k] * L[j][k] for k in range(j))
            if i == j:
                v = A[i][i] - s
                if v <= 0:
                    raise ValueError("matrix is not positive definite")
                L[i][j] = math.sqrt(v)
            else:
                L[i][j] = (A[i][j] - s) / L[j][j]
    return L


def matmul(A, B):
    return [[sum(a * b for a, b in zip(r, c)) for c in zip(*B)] for r in A]


def fmt(M):
    return "\n".join(" ".join("%9.5f" % v for v in r) for r in M)


A = [[4.0, 3.0, 2.0], [6.0, 3.0, 1.0], [2.0, 5.0, 7.0]]
L, U = lu(A)
print(fmt(L))
print(fmt(U))
print(all(abs(x - y) < 1e-12 for r1, r2 in zip(matmul(L, U), A) for x, y in zip(r1, r2)))
S = [[25.0, 15.0, -5.0], [15.0, 18.0, 0.0], [-5.0, 0.0, 11.0]]
C = cholesky(S)
print(fmt(C))
print(fmt(matmul(C, [list(r) for r in zip(*C)])))
try:
    cholesky([[1.0, 2.0], [2.0, 1.0]])
except ValueError as e:
    print("ValueError:", e)
det = 1.0
for i in range(3):
    det *= U[i][i]
print("det %.6f" % det)
v = [1.0, 1.0, 1.0]
for _ in range(60):
    w = [sum(S[i][j] * v[j] for j in range(3)) for i in range(3)]
    lam = math.sqrt(sum(x * x for x in w))
    v = [x / lam for x in w]
print("largest eigenvalue %.8f" % lam, ["%.6f" % x for x in v])

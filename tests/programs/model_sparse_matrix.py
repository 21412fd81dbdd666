class Sparse:
    def __init__(self, n, m, entries=None):
        self.n, self.m = n, m
        self.d = {}
        for (i, j), v in (entries or {}).items():
            self[i, j] = v

    def __setitem__(self, ij, v):
        i, j = ij
        if not (0 <= i < self.n and 0 <= j < self.m):
            raise IndexError(f"({i}, {j}) outside {self.n}x{self.m}")
        if v:
            self.d[(i, j)] = v
        else:
            self.d.pop((i, j), None)

    def __getitem__(self, ij):
        return self.d.get(ij, 0)

    def __matmul__(self, o):
        if isinstance(o, list):
            out = [0] * self.n
            for (i, j), v in self.d.items():
                out[i] += v * o[j]
            return out
        r = Sparse(self.n, o.m)
        by_row = {}
        for (k, j), v in o.d.items():
            by_row.setdefault(k, []).append((j, v))
        for (i, k), v in self.d.items():
            for j, w in by_row.get(k, []):
                r[i, j] = r[i, j] + v * w
        return r

    def T(self):
        return Sparse(self.m, self.n, {(j, i): v for (i, j), v in self.d.items()})

    def density(self):
        return len(self.d) / (self.n * self.m)

    def dense(self):
        return [[self[i, j] for j in range(self.m)] for i in range(self.n)]


A = Sparse(4, 4, {(0, 0): 2, (1, 2): -1, (3, 1): 5, (2, 2): 3})
B = Sparse(4, 3, {(0, 1): 1, (2, 0): 4, (1, 2): 2})
print(A.dense())
print((A @ B).dense(), sorted((A @ B).d.items()))
print(A @ [1, 2, 3, 4], A.T().dense()[1], A.density())
A[0, 0] = 0
print(len(A.d), A[0, 0], A[3, 1])
try:
    A[4, 0] = 1
except IndexError as e:
    print("IndexError:", e)
n = 50
L = Sparse(n, n)
for i in range(n):
    L[i, i] = 2
    if i:
        L[i, i - 1] = -1
    if i < n - 1:
        L[i, i + 1] = -1
x = [1.0] * n
for _ in range(30):
    y = L @ x
    norm = max(abs(v) for v in y)
    x = [v / norm for v in y]
print("dominant eigenvalue ~ %.6f" % norm, "nnz", len(L.d), "density %.4f" % L.density())

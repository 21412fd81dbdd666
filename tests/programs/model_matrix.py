class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @staticmethod
    def zeros(n, m):
        return Matrix([[0] * m for _ in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError("shape mismatch %dx%d @ %dx%d" % (self.n, self.m, o.n, o.m))
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(self.m)) for j in range(o.m)]
                       for i in range(self.n)])

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    def T(self):
        return Matrix(list(zip(*self.rows)))

    def __pow__(self, e):
        result = Matrix.identity(self.n)
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def __eq__(self, o):
        return self.rows == o.rows

    def __repr__(self):
        return "\n".join(" ".join("%6s" % v for v in r) for r in self.rows)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B)
print(A + B)
print(A * 3)
print(A.T())
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
print(Matrix.identity(3) @ Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
Z = Matrix.zeros(2, 3)
Z[1, 2] = 7
print(Z.rows, Z.T().rows)

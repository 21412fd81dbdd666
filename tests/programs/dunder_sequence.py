# a sequence class: slicing through __getitem__, reversed, len, iteration
class Span:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop

    def __len__(self):
        return max(0, self.stop - self.start)

    def __getitem__(self, i):
        if isinstance(i, slice):
            lo, hi, step = i.start, i.stop, i.step
            return [self[j] for j in range(len(self))][lo:hi:step]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Span index out of range")
        return self.start + i

    def __contains__(self, v):
        return self.start <= v < self.stop

    def __repr__(self):
        return f"Span({self.start}, {self.stop})"

    def __eq__(self, other):
        return isinstance(other, Span) and (self.start, self.stop) == (other.start, other.stop)

    __hash__ = None


s = Span(3, 8)
print(len(s), s[0], s[-1], s[1:3], s[::2], list(s), 5 in s, 8 in s)
print(sorted(s, reverse=True), sum(s), min(s), max(s), list(enumerate(s))[:2])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(s == Span(3, 8), s != Span(3, 9), s, [s])
print(tuple(Span(0, 3)))


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, rc):
        r, c = rc
        return self.rows[r][c]

    def __setitem__(self, rc, v):
        r, c = rc
        self.rows[r][c] = v

    def __matmul__(self, other):
        n, m, p = len(self.rows), len(other.rows), len(other.rows[0])
        return Matrix([[sum([self[i, k] * other[k, j] for k in range(m)]) for j in range(p)]
                       for i in range(n)])

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
a[0, 0] = 10
a[1, 1] += 1
print(a, a[0, 1])

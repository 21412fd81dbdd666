# Algorithms written with comprehensions.
def qsort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[0]
    return (qsort([x for x in xs[1:] if x < pivot]) + [pivot]
            + qsort([x for x in xs[1:] if x >= pivot]))
print(qsort([5, 3, 8, 1, 9, 2, 7, 5, 0]))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
           if a * a + b * b == c * c]
print(triples)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [[row[j] for row in matrix] for j in range(3)]
product = [[sum([matrix[i][k] * transposed[j][k] for k in range(3)]) for j in range(3)]
           for i in range(3)]
print(matrix, transposed, product)
words = ["level", "hello", "noon", "abc", "racecar"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words], max([len(w) for w in words]))
print(dict([(w, len(w)) for w in words]))

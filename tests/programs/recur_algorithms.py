def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves


def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i, x in enumerate(xs):
        for p in permutations(xs[:i] + xs[i + 1:]):
            out.append([x] + p)
    return out


def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + r for r in rest]


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    m = len(xs) // 2
    a, b = merge_sort(xs[:m]), merge_sort(xs[m:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]


def quick_sort(xs):
    if len(xs) < 2:
        return xs
    p = xs[len(xs) // 2]
    return quick_sort([x for x in xs if x < p]) + [x for x in xs if x == p] + quick_sort([x for x in xs if x > p])


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def queens(n, row=0, cols=(), out=None):
    if out is None:
        out = []
    if row == n:
        out.append(cols)
        return out
    for c in range(n):
        if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
            queens(n, row + 1, cols + (c,), out)
    return out


m = hanoi(5, "A", "B", "C", [])
print(len(m), " ".join(m[:10]))
print(permutations([1, 2, 3]), len(permutations(list("abcde"))))
print(subsets(["x", "y", "z"]))
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 27]
print(merge_sort(data), quick_sort(data) == sorted(data))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
sols = queens(6)
print(len(sols), sols, len(queens(8)))

print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "abc"), tuple(i for i in range(3)))
g = (x + 1 for x in [1, 2, 3])
print(next(g), list(g), list(g))
print(sorted((v, k) for k, v in {"a": 3, "b": 1}.items()))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
nested = list((i, j) for i in range(3) for j in range(i))
print(nested)
def f(n):
    return list(x * n for x in range(n))
print(f(3))
def g2(items, bonus):
    return sum(v + bonus for v in items if v % 2)
print(g2([1, 2, 3, 4, 5], 10))
matrix = [[1, 2], [3, 4]]
print(list(sum(row) for row in matrix), sum(x for row in matrix for x in row))
print(sorted(set(c.upper() for c in "hello")))
print(", ".join(str(n) for n in range(4)))
gen = (i for i in range(3))
print(type(gen).__name__)
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
print([sum(x * y for y in row) for x, row in zip([1, 2], matrix)])

def classify(n):
    return "small" if n < 10 else "medium" if n < 100 else "large"
print([classify(n) for n in (5, 50, 500)])
x = 5
print(1 < x < 10, 10 < x < 20, x == 5 == 5.0, 1 < x > 3, x is not None is not False)
print(0 <= x <= 5 < 6 != 7)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) > v(2) > v(3), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
a = [1, 2]
print(a == [1, 2] != [2, 1], 1 in a in [[1, 2]], "b" not in "abc" or "z" not in "abc")
y = None
print(y if y is not None else "default", (lambda: "t")() if x else "f")
print([("fizz" * (i % 3 == 0) + "buzz" * (i % 5 == 0)) or i for i in range(1, 16)])

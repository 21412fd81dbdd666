def sq(x):
    return x * x

def add(a, b):
    return a + b

def is_even(n):
    return n % 2 == 0

print(list(map(sq, [1, 2, 3])), list(map(add, [1, 2, 3], [10, 20])), list(map(str, range(3))))
print(list(filter(is_even, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(add, "abc", "xyz")), sum(map(sq, range(5))), sorted(map(abs, [-3, 1, -2])))
m = map(sq, [4, 5])
print(next(m), next(m), next(m, "done"))
f = filter(is_even, [1, 3, 4])
for x in f:
    print("even", x)
print(list(f))
print(dict(zip("ab", map(sq, [3, 4]))))
print(list(map(tuple, [[1, 2], "ab"])))
counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 5)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed(b"abc")), list(reversed(range(4))))
try:
    map(sq)
except TypeError as e:
    print("TypeError", e)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")

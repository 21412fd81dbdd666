a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(a <= a, a < a, {1} < a, a > {1}, a >= b, {3, 4} <= b, {3, 4} < b)
c = set(a)
c |= {10}
print(sorted(c))
c &= {1, 2, 10, 11}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {2, 3}
print(sorted(c))
alias = c
alias |= {99}
print(sorted(c), alias is c)
f = frozenset(a)
g = f | b
print(type(g).__name__, sorted(g), type(b | f).__name__)
h = f
h |= {100}
print(sorted(f), sorted(h), h is f)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
print(a == frozenset(a), frozenset(a) == a)

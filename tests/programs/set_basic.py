s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 2 in s, 5 in s, 5 not in s)
e = set()
print(e, len(e), bool(e), bool(s))
print(set([1, 1, 2]) == {1, 2}, {1, 2} == {2, 1}, {1} != {1, 2})
print(repr({1}), repr(frozenset()), repr(frozenset([5])), repr(set()))
print(set("aab") == {"a", "b"}, sorted(set(range(5))))
print(sorted(frozenset({3, 1})), frozenset([1, 2]) == {1, 2})
print(type(s).__name__, type(frozenset()).__name__)
print({1, 2} == [1, 2], {1: 2} == {1})
print(sorted({x % 4 for x in range(20)}))
print(isinstance(s, set), isinstance(frozenset(), frozenset), isinstance(s, frozenset))
print({True, 1, 1.0}, {0, False})
print(sorted({(1, 2), (1, 2), (2, 1)}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    set(5)
except TypeError as e:
    print("TypeError:", e)

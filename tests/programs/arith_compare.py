# Comparisons, chained comparisons, identity and mixed int/float.
print(1 < 2, 2 < 1, 1 <= 1, 1 == 1.0, 1 != 1.0, 2 > 1.5, 2 >= 2)
x = 5
print(1 < x < 10, 1 < x > 10, 10 > x > 1 > 0, 1 < x < 3)
calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(2) < val(3), calls)
calls = []
print(val(3) < val(2) < val(1), calls)
print(None is None, None is not None, x is not None)
print(1 in [1, 2], 3 not in [1, 2], "a" in "cat", "z" not in "cat")
print([1, 2] < [1, 3], (1, 2) == (1, 2), [1, [2]] == [1, [2]])
print("abc" < "abd", "Z" < "a", "" < "a")
print(True + True, True == 1, False < True)
a = b = c = 3
print(a == b == c, a == b != c)
print(1 < 2 == 2 < 3 <= 3 != 4)
print(not 1 < 2, not (x == 5))

# Operator precedence and associativity.
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -1, 2 * 3 ** 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, 7 % 3 * 2)
print(not 1 + 1, not 0 == 1, -1 ** 0, ~-1, -~1, ~~5, - - 3, + - 3)
print(1 & 3 == 1, (1 & 3) == 1, 1 | 2 ^ 3 & 4, 1 << 2 + 1, (1 << 2) + 1, 6 & 3 | 8, 5 ^ 1 << 2)
print(1 < 2 == True, (1 < 2) == True, 3 > 2 > 1, 1 == 1 in [True], 1 in [1] == True)
print(True + 1 * 2, 1 or 0 and 0, (1 or 0) and 0, not 1 or 1, not (1 or 1))
print(1 if 0 else 2 if 1 else 3, (1 if 0 else 2) if 0 else 4, 0 or 1 if 0 else 2)
x = 5
print(x * -1, x - -1, x // -2, -x // 2, -(x // 2), x ** 2 % 7, -x % 3, x % -3)
print(2 ** 2 ** 3, 10 - 2 ** 3 * 2, 3 * -2 ** 2, 2 ** -2 ** 2, 1 - -1 - +1)
print([1, 2] * 2 + [3], "ab" + "c" * 2, ("a",) * 2 + ("b",), 3 * [0][0])
a = b = c = 7
print(a, b, c)
a = b = []
a.append(1)
print(a, b, a is b)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
arr2 = [0, 0, 0]
j = 0
arr2[j], j = 5, 2
print(arr2, j)
t = [[0, 0], [0, 0]]
t[0][1] = t[1][0] = 3
print(t)

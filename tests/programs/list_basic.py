# List methods and operations.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
print(a, len(a))
a.extend([3, 5])
a.insert(0, 8)
a.insert(-1, 7)
a.insert(100, 0)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.count(5), a.count(42))
a.sort()
print(a)
a.reverse()
print(a)
a.sort(reverse=True)
b = a.copy()
b.append(99)
print(a, b, a == b[:-1])
print([1, 2] + [3], [0] * 4, 2 * [1, 2], [] * 10)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    a.remove(12345)
except ValueError as e:
    print("ValueError", e)
try:
    a.index(12345)
except ValueError as e:
    print("ValueError", e)
words = ["banana", "Apple", "cherry"]
words.sort(key=len)
print(words, sorted(words), sorted(words, reverse=True))

# reverse=True keeps equal elements in original order (not simply reversed).
data = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e"), (1, "f")]
def k(p):
    return p[0]
print(sorted(data, key=k, reverse=True))
print(list(reversed(sorted(data, key=k))))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len, reverse=True))
words.sort(key=len, reverse=True)
print(words)
nums = [3, 1, 2, 1.0, 3.0, True, 2.0]
print(sorted(nums), sorted(nums, reverse=True))
print(sorted([-0.0, 0, 0.0, False]), sorted([0, -0.0, False, 0.0], reverse=True))
big = [(i * 37) % 101 for i in range(101)]
s = sorted(big)
print(s == list(range(101)), s[:5], sorted(big, reverse=True)[:5])
def mod7(x):
    return x % 7
grouped = sorted(range(30), key=mod7)
print(grouped)
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower if False else None))
def lower(s):
    return s.lower()
print(sorted(["b", "A", "a", "B"], key=lower), sorted(["b", "A", "a", "B"], key=lower, reverse=True))

# String ordering, sorting with keys, and membership.
names = ["bob", "Alice", "carol", "Dave", "alice"]
print(sorted(names))
print(sorted(names, key=len))
print(sorted(names, reverse=True))
print(min(names), max(names))
print("Alice" < "alice", "a" < "B", "abc" < "abcd", "b" > "abcd")
print("ab" in "cabd", "" in "x", "xy" not in "yx")
def lowered(s):
    return s.lower()
print(sorted(names, key=lowered))
words = "It was the best of times it was the worst of times".lower().split()
uniq = []
for w in words:
    if w not in uniq:
        uniq.append(w)
print(uniq, len(words), len(uniq))
print(",".join(sorted(uniq, key=len)))
print("x".join("abc").split("x"))

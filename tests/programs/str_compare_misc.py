# String comparison, membership, min/max, sort, and ord/chr round trips.
words = ["banana", "Apple", "cherry", "apple", "Banana", "", "a", "aa", "b"]
print(sorted(words))
print(sorted(words, reverse=True))
def lower_key(w):
    return w.lower()
print(sorted(words, key=lower_key))
print(sorted(words, key=len))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("abc" < "abd", "abc" < "ab", "" < "a", "a" * 3 == "aaa", "A" < "a" < "b")
print([ord(c) for c in "AZaz09 ~"], "".join([chr(c) for c in range(65, 75)]))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print("abc" == "abc", "abc" != "ABC", "abc".upper() == "ABC")
print(str(-0.0), str(1e-5), str(1e16), str(123456789012345678), str(2.0 ** 0.5))

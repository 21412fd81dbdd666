# case conversion and padding helpers.
words = ["hello world", "HELLO", "hElLo wOrLd", "they're bill's friends", "123abc def",
         "", "a", "x-ray o'neil", "  spaced   out  ", "ÉCOLE ß"]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print("|" + "ab".center(6) + "|", "|" + "ab".center(7) + "|", "|" + "abc".center(6) + "|", "|" + "abc".center(2) + "|")
print("|" + "ab".center(7, "*") + "|", "|" + "a".center(4, "-") + "|", "|" + "ab".center(5, ".") + "|")
print("|" + "ab".ljust(5) + "|" + "ab".rjust(5) + "|" + "ab".ljust(5, "_") + "|" + "ab".rjust(1, "_") + "|")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("Hello".startswith("He"), "Hello".startswith(("x", "H")), "Hello".endswith(("lo", "z")),
      "Hello".startswith("l", 2), "Hello".endswith("l", 0, 4), "Hello".startswith(""), "".endswith(""))
print("hello".startswith(("a", "b")), "hello".endswith(("",)), "Hello".startswith("ello", 1, 3))
try:
    "x".startswith(["x"])
except TypeError as e:
    print("TypeError:", e)
print("hello world".title(), "HELLO WORLD".capitalize())

rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
msg = "Hello, World!"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13))
strip_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming in Python".translate(strip_vowels))
print("a-b-c".translate({ord("-"): " + "}), "abc".translate({}), "abc".translate([None, None] * 60))
print(sorted(str.maketrans("ab", "xy").items()), str.maketrans({"é": "e"}))
for bad in [{"ab": 1}, {1.5: 1}]:
    try:
        str.maketrans(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print("TypeError", e)
try:
    str.maketrans("a")
except TypeError as e:
    print("TypeError", e)

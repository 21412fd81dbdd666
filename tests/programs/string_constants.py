import string

for name, value in [("ascii_lowercase", string.ascii_lowercase),
                    ("ascii_uppercase", string.ascii_uppercase),
                    ("ascii_letters", string.ascii_letters),
                    ("digits", string.digits), ("hexdigits", string.hexdigits),
                    ("octdigits", string.octdigits),
                    ("punctuation", string.punctuation),
                    ("whitespace", string.whitespace),
                    ("printable", string.printable)]:
    print(name, len(value), repr(value))
print(string.capwords("hello   wide\tworld "))
print(string.capwords("the-quick--brown", "-"))
print(repr(string.capwords("")), repr(string.capwords("   ")))
print(string.capwords("ÉCOLE élève mIxEd"))
print([c for c in "a1!b2 ?" if c in string.punctuation])
print(all([c in string.printable for c in string.ascii_letters]))

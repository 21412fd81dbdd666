s = "the cat sat on the mat with the hat"
print(s.count("the"), s.count("at", 10), s.count("at", 5, 20), s.count("", 30), s.count("zz"))
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.rfind("the", 0, 20), s.find("at", -5), s.find(""), s.rfind(""))
print(s.index("cat"), s.rindex("at"), s.find("the", 100), s.rfind("x", -100, 100))
print(s.startswith("the"), s.startswith("cat", 4), s.endswith("hat"), s.endswith("mat", 0, 22), s.startswith(("a", "t")))
print(s.partition(" on "), s.rpartition(" the "), s.split(" the "), s.replace(" the ", " a ", 1))
for sub in ["cat", "dog"]:
    try:
        print(s.index(sub))
    except ValueError as e:
        print("ValueError", e)
print("a" in s, "cat sat" in s, "" in s, s.isalpha(), s.replace(" ", "").isalpha(), s.upper().isupper())
print("ab\u00e9".encode("utf-8").find("é".encode("utf-8")), "€100".encode().decode().find("1"))

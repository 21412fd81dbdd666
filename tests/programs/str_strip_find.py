# strip family with characters; find/rfind/index/rindex/count with ranges.
s = "xxhello worldxx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"), s.strip("xd"), s.strip("xhd"))
print("  \t pad \n ".strip(), "|" + "  pad  ".lstrip() + "|", "|" + "  pad  ".rstrip() + "|")
print("www.example.com".strip("cmowz."), "abcba".strip("ab"), "".strip(), "aaa".strip("a"))
print("  x  ".strip(None), "--x--".strip("-"), "x".strip(""))
t = "the cat sat on the mat"
print(t.find("at"), t.find("at", 6), t.find("at", 6, 8), t.find("zz"), t.find(""), t.find("", 100))
print(t.rfind("at"), t.rfind("at", 0, 10), t.rfind("the"), t.rfind(""), t.find("the", -5))
print(t.index("sat"), t.rindex("at"), t.count("at"), t.count("at", 10), t.count(""), t.count("t", 3, 9))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abc".count("", 1), "".count(""))
print(t.find("t", -3), t.rfind("t", -10, -2), t.find("cat", 4), t.find("cat", 5))
for sub in ["dog", ""]:
    try:
        print(t.index(sub, 30))
    except ValueError as e:
        print("ValueError:", e)
try:
    t.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print("cat" in t, "dog" not in t, "" in t, "the m" in t)
print(t.replace("at", "og"), t.replace("at", "og", 2), t.replace("at", "og", 0), t.replace("at", "og", -1))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("a.b.c".replace(".", ""), "xyx".replace("x", "xx"))

rows = [("alpha", 1.5, 12), ("beta", 22.125, 7), ("gamma-long-name", 333.0, 1234)]
w = max(len(r[0]) for r in rows)
for name, val, n in rows:
    print("%-*s|%*.*f|%*d|" % (w, name, 10, 3, val, 6, n))
print("%.*s" % (3, "abcdef"), "%*s" % (6, "ab") + "|", "%-6s|" % "ab")
print("%5.1f%%" % 99.5, "%+.2e" % -12345.678, "%#.3g" % 1.0, "%g" % 100000.0, "%g" % 1000000.0)
print("%s %s %s" % (None, True, [1, "a"]), "%r" % "it's", "%a" % "é")
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 2.25})
print("%i %u %d" % (3.99, 7, -0.5), "%x" % 3054, "%08.3f" % -3.14159, "% d" % 42)
print("%c" % 9731 == "\u2603", "%%", "%5%|" if False else "ok")
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(k)s" % {"j": 1})
except KeyError as e:
    print("KeyError:", e)

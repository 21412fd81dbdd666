raw = ["  Alice Smith ", "BOB   jones", "carol\tDE LA cruz", "  d'arcy o'neil\n", ""]
for r in raw:
    parts = r.split()
    clean = " ".join(p.capitalize() for p in parts)
    print(repr(r), "->", repr(clean), repr(r.title().strip()), r.strip().swapcase())
phone = ["(555) 123-4567", "555.123.4567", "+1 555 123 4567", "5551234"]
for p in phone:
    digits = "".join(c for c in p if c.isdigit())
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    print(p.ljust(16), digits.zfill(10), len(digits) == 10)
s = "key1=value1; key2 = value2 ;key3=  ; =orphan; key4"
pairs = {}
for part in s.split(";"):
    k, sep, v = part.partition("=")
    if sep and k.strip():
        pairs[k.strip()] = v.strip()
print(pairs)
path = "/usr/local/lib/python3.11/site-packages/pkg/module.py"
print(path.rsplit("/", 1), path.rpartition("."), path.count("/"), path.endswith((".py", ".pyc")))
print(path.removeprefix("/usr/local").removesuffix(".py"), path.find("lib"), path.rfind("lib"))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "  a  b  ".split(" "), "x".split("x"))
print("line1\nline2\r\nline3\n".splitlines(), "line1\nline2\n".splitlines(True))
print("tab\tstop".expandtabs(8), repr("x".center(6, "-")), "42".rjust(5, "0"), "-42".zfill(6))
print("Hello".casefold(), "ß".upper(), "İ".lower() == "i̇", "abc".isidentifier(), "1abc".isidentifier())

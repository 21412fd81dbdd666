# split / rsplit / splitlines variants.
s = "  a  b   c d  "
print(s.split(), s.split(None, 1), s.split(None, 2), s.rsplit(None, 1), s.rsplit(None, 0))
print(s.split(" "), s.split("  "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), " ".split(" "))
print("abc".split("abc"), "aaa".split("a"), "aaaa".split("aa"), "a--b--c".split("--", 1))
print("x=1;y=2;z=3".split(";", -1), "1 2 3".rsplit(maxsplit=1), "1 2 3".split(maxsplit=1))
print("a\tb\nc\r\nd\x0be".split())
print("line1\nline2\r\nline3\rline4".splitlines())
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("no newline".splitlines(), "x\x0cy\x1cz".splitlines())
print("a\nb".split("\n"), "a\nb\n".split("\n"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("key: value: more".partition(": "), "key: value: more".rpartition(": "))
print("nokey".partition("="), "nokey".rpartition("="), "=".partition("="))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
parts = "2024-01-15T10:30:00".split("T")
date = parts[0].split("-")
time = parts[1].split(":")
print(date, time, [int(p) for p in date + time])

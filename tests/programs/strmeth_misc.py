print("abc".center(9, "*"), "abc".center(8, "-"), "ab".center(7), "x".ljust(4, "."), "x".rjust(4, "0"))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)),
      repr("ab\n\tc".expandtabs(tabsize=3)))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "file.py".removesuffix(".py"), "a".removesuffix(""))
print("-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
for s in ["abc", "_x1", "1abc", "", "a-b", "ñame", "class", "a b", "__init__"]:
    print(repr(s), s.isidentifier())
for s in ["123", "١٢٣", "½", "²", "abc", "", "12.5", "Ⅻ"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
for s in ["abc", "a\nb", "\x7f", "", " ", "é", "\u200b"]:
    print(repr(s), s.isprintable(), s.isspace(), s.isascii())
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdabcd".translate(table))
print("hello".translate({ord("h"): "J", ord("o"): None, ord("l"): 76}))
print(str.maketrans({"a": "1", 98: None}))
print("hello".translate(str.maketrans({"l": "L"})))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "  a  b ".split(), " a b c ".rsplit(None, 1))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\nb\n".splitlines(True), "x\x0by\x1cz\u2028w".splitlines())
print("abcabcabc".count("abc"), "abcabcabc".count("abc", 1), "abcabc".count("b", 0, 3), "aaa".count(""), "aaa".count("", 1))
print("hello".find("l"), "hello".find("l", 3), "hello".find("l", -2), "hello".rfind("l", 0, 3), "hello".find("z"), "hello".index("o", 1, 5))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".startswith("b", 1))
print(str.upper("abc"), list(map(str.strip, [" a ", "b "])), sorted(["b", "A", "c"], key=str.lower))
print(str.join("-", ["a", "b"]), str.split("a b"))
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError", e)

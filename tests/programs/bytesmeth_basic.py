b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello world".capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.count(b"l"), b.index(b"W"), b.find(b"z"))
print(b.startswith(b"Hell"), b.endswith((b"x", b"ld")), b.split(b", "), b"a b  c".split(), b"a,b,c".rsplit(b",", 1))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip())
print(b"-".join([b"a", b"b", b"c"]), b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2))
print(b.hex(), b"\x00\xff\x10".hex(), b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2))
print(bytes.fromhex("48656c6c6f"), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError", e)
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"".isdigit(), b"\xff".isascii())
print(b"k=v".partition(b"="), b"a.b.c".rpartition(b"."), b"pre_x".removeprefix(b"pre_"), b"x.txt".removesuffix(b".txt"))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4))
print(b"a\nb\r\nc".splitlines(), b"a\nb\n".splitlines(keepends=True))
print(b"hello".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
print(list(b"abc"), b"abc"[1], b"abc"[::-1], len(b"abc"))

b = b"key1=val1;key2=val2;;key3"
print(b.split(b";"), b.split(b";", 1), b.rsplit(b";", 1), b.partition(b"="), b.rpartition(b"="))
print(b.count(b"key"), b.find(b"key2"), b.rfind(b"key"), b.index(b"val2"), b.startswith(b"key"), b.endswith(b"3"))
print([kv.split(b"=") for kv in b.split(b";") if kv])
print(b"  x y  ".split(), b"a\tb\nc".split(), b"".split(), b"abc".split(b"b"), b" a ".strip(), b"xyx".strip(b"x"))
print(b"a,b".replace(b",", b";"), b"-".join([b"1", b"2"]), b"hello".upper(), b"Hello World".swapcase(), b"ab cd".title())
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
try:
    b"a".split(b"")
except ValueError as e:
    print("ValueError", e)

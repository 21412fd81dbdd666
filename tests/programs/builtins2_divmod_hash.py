print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(hash(0), hash(-1), hash(2 ** 61), hash(0.5), hash(-0.0), hash(float("inf")))
print(chr(65), chr(0x1f600), ord("a"), ord("€"), ascii("héllo ☃"), repr("tab\there"), ascii(["é", 1]))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fletcher16(data):
    s1 = s2 = 0
    for x in data:
        s1 = (s1 + x) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


for msg in [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", "héllo wörld".encode("utf-8")]:
    print(msg[:12], "%08x %08x %04x" % (crc32(msg), adler32(msg), fletcher16(msg)), len(msg))
data = bytes(range(0, 256, 17))
print(data, data.hex(), data.hex(":"), bytes.fromhex("de ad be ef"), list(data[:4]))
print(bytes([72, 105]) + b"!" * 3, b"abc".upper(), b"a,b,,c".split(b","), b" x ".strip(), b"hello"[1:4], b"hello"[1])
ba = [ord(c) for c in "mutable"]
ba[0] = ord("M")
ba.extend(b"!!")
ba.append(63)
print(bytes(ba), len(ba), bytes(ba).decode(), bytes(ba).find(b"!"), bytes(ba).count(b"!"))
x = 0x12345678
print(x.to_bytes(4, "big"), x.to_bytes(4, "little"), int.from_bytes(b"\x78\x56\x34\x12", "little") == x)
print((-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
xor = bytes(a ^ b for a, b in zip(b"secret message", b"keykeykeykeyke"))
print(xor.hex(), bytes(a ^ b for a, b in zip(xor, b"keykeykeykeyke")))
print("naïve café".encode("latin-1"), "naïve".encode("ascii", "replace"), b"caf\xc3\xa9".decode("utf-8"))

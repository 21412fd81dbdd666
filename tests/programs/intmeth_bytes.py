for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2 ** 31, 2 ** 64 - 1]:
    size = max(1, (n.bit_length() + 8) // 8)
    b = n.to_bytes(size, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True), n.to_bytes(size, "little", signed=True).hex())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes([255, 255, 255, 255], "little", signed=True))
print((2 ** 100).to_bytes(13, "big").hex(), int.from_bytes((2 ** 100).to_bytes(13, "little"), "little") == 2 ** 100)
print([n.bit_count() for n in range(16)])

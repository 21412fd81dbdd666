for n in [1, 5, 10, 100, 255, 1023, 2 ** 31 - 1, -7]:
    print(n, bin(n), bin(n).count("1"), n.bit_length(), n.bit_count(), oct(n), hex(n), int(bin(n), 0) if n >= 0 else int(bin(n), 2))
print(hex(0), oct(0), bin(0), hex(-0), bin(True), hex(2 ** 100))

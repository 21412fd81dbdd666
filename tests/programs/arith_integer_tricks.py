def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r


def gray(n):
    return n ^ (n >> 1)


def from_gray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


print([popcount(n) for n in range(16)], popcount(2 ** 100 - 1))
print([format(gray(i), "04b") for i in range(8)], all(from_gray(gray(i)) == i for i in range(1000)))
print(reverse_bits(0b1011, 4), reverse_bits(1, 32), hex(reverse_bits(0x12345678, 32)))
print([n for n in range(1, 70) if n & (n - 1) == 0], (1 << 64) - 1, -1 & 0xFF, ~0, ~5, -(-7 // 2))
x = 0b1101_0110
print(x, bin(x), x & -x, (x & -x).bit_length() - 1, x | (x + 1), x >> 3 << 3, x ^ 0xFF)
print([i for i in range(32) if (0xDEADBEEF >> i) & 1][:10], 0xDEADBEEF.bit_length(), f"{0xDEADBEEF:032b}")
print(divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, 17 % -5, int(-17 / 5), round(-17 / 5))
print(sum(1 << i for i in range(0, 64, 2)) == int("55" * 8, 16), 3 ** 40 > 2 ** 63, (3 ** 40) & 0xFFFF)
subset_sums = sorted({sum(v for i, v in enumerate([3, 5, 9]) if m >> i & 1) for m in range(8)})
print(subset_sums)

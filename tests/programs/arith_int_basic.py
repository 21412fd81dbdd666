# Integer arithmetic, including floor division and modulo of negatives.
print(1 + 2, 7 - 10, 6 * 7, 2 ** 10)
for a in [7, -7]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b, a / b)
print(-7 // 2 * 2 + -7 % 2)
print(0 // 5, 0 % 5, -0)
print(5 - -3, -(-4), +5, ~5, ~-1, ~0)
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 100)
print(6 & 3, 6 | 3, 6 ^ 3, -6 & 0xFF, -1 ^ 5)
print(0b1010, 0o17, 0xff, 1_000_000)
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(10 % 3 == 1, 3 * 3 == 9)
x = 17
x += 3
x -= 1
x *= 2
x //= 3
x %= 7
x **= 3
x <<= 2
x >>= 1
x &= 0xFF
x |= 0x100
x ^= 0x0F
print(x)

def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print(max(range(1, 10000), key=collatz_len), collatz_len(27), collatz_len(2 ** 100 + 1))


def digits_sum(n):
    return sum(int(d) for d in str(n))


print(digits_sum(2 ** 1000), digits_sum(3 ** 500), len(str(7 ** 777)))
mersenne = [p for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 61, 89, 107, 127)
            if pow(2, 2 ** p - 2, 2 ** p - 1) == 1]
print(mersenne)
x = 2 ** 127 - 1
print(x, x.bit_length(), x.to_bytes(16, "big").hex(), int.from_bytes(b"\xff" * 8, "little"))
print(str(x)[::-1][:10], f"{x:,}"[:15], f"{x:x}", f"{x:e}", f"{x:.3g}", float(x))
n = 10 ** 30 + 57
print(n // 10 ** 15, n % 10 ** 15, -n // 10 ** 15, divmod(n, -97), n ** 2 % 1000000007)
a, b = 1, 0
for _ in range(300):
    a, b = a + b, a
print(a, a % 10 ** 9, len(str(a)))


def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


big = 12345678901234567890123456789 ** 2 + 17
print(isqrt_newton(big), isqrt_newton(big) ** 2 <= big < (isqrt_newton(big) + 1) ** 2)
print(hex(-255), oct(2 ** 70), bin(2 ** 65 + 1), int("-0x1f", 16), int("0o777", 8), int("0b1011", 2))
print((2 ** 64) ^ (2 ** 63), (-(2 ** 64)) >> 3, (2 ** 64) << 3, -(2 ** 70) & 0xFFFF, abs(-(10 ** 25)))

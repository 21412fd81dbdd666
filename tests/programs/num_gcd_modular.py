import math


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("%d has no inverse mod %d" % (a, m))
    return x % m


def crt(rems, mods):
    M = 1
    for m in mods:
        M *= m
    x = 0
    for r, m in zip(rems, mods):
        Mi = M // m
        x += r * Mi * modinv(Mi, m)
    return x % M


print(egcd(240, 46), math.gcd(240, 46), math.lcm(4, 6, 10))
print(modinv(3, 11), modinv(17, 3120), pow(17, -1, 3120))
try:
    modinv(6, 9)
except ValueError as e:
    print(e)
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 4, 6], [3, 5, 7]))
p, q = 61, 53
n, phi = p * q, (p - 1) * (q - 1)
e = 17
d = modinv(e, phi)
msg = [ord(c) for c in "HI!"]
enc = [pow(m, e, n) for m in msg]
dec = "".join(chr(pow(c, d, n)) for c in enc)
print(n, d, enc, dec)
print([pow(2, k, 1000) for k in range(0, 50, 7)], pow(3, 10 ** 18, 10 ** 9 + 7))
totient = lambda n: sum(1 for k in range(1, n + 1) if math.gcd(k, n) == 1)
print([totient(k) for k in range(1, 21)])
print(sum(math.gcd(a, b) for a in range(1, 30) for b in range(1, 30)))

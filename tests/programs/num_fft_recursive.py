import cmath
import math


def fft(a):
    n = len(a)
    if n == 1:
        return list(a)
    even = fft(a[0::2])
    odd = fft(a[1::2])
    out = [complex(0, 0)] * n
    for k in range(n // 2):
        t = cmath.exp(complex(0, -2 * math.pi * k / n)) * odd[k]
        out[k] = even[k] + t
        out[k + n // 2] = even[k] - t
    return out


def ifft(a):
    n = len(a)
    conj = fft([x.conjugate() for x in a])
    return [x.conjugate() / n for x in conj]


def poly_mul(p, q):
    n = 1
    while n < len(p) + len(q):
        n *= 2
    fp = fft([complex(x, 0) for x in p] + [complex(0, 0)] * (n - len(p)))
    fq = fft([complex(x, 0) for x in q] + [complex(0, 0)] * (n - len(q)))
    prod = ifft([x * y for x, y in zip(fp, fq)])
    return [round(x.real) for x in prod[:len(p) + len(q) - 1]]


sig = [math.sin(2 * math.pi * 3 * t / 32) + 0.25 * math.sin(2 * math.pi * 7 * t / 32) for t in range(32)]
spec = fft([complex(s, 0) for s in sig])
print([(k, round(abs(v), 6)) for k, v in enumerate(spec[:16]) if abs(v) > 1e-9])
back = ifft(spec)
print(max(abs(b.real - s) for b, s in zip(back, sig)) < 1e-12)
print(poly_mul([1, 2, 3], [4, 5]), poly_mul([1, 1], [1, 1]), poly_mul([9, 9, 9], [9, 9, 9]))
a, b = 12345678, 87654321
da = [int(c) for c in str(a)][::-1]
db = [int(c) for c in str(b)][::-1]
coef = poly_mul(da, db)
val = sum(c * 10 ** i for i, c in enumerate(coef))
print(val, val == a * b)

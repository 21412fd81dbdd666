def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]


def factor(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


def is_prime_mr(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


ps = sieve(10000)
print(len(ps), ps[:15], ps[-3:])
gaps = [b - a for a, b in zip(ps, ps[1:])]
print(max(gaps), ps[gaps.index(max(gaps))])
twins = [(a, b) for a, b in zip(ps, ps[1:]) if b - a == 2]
print(len(twins), twins[-2:])
for n in (360, 97, 1001, 2 ** 20 - 1, 600851475143):
    f = factor(n)
    print(n, " * ".join("%d^%d" % kv if kv[1] > 1 else str(kv[0]) for kv in sorted(f.items())))
print([n for n in (2 ** 61 - 1, 2 ** 64 + 1, 10 ** 18 + 9, 1000000007, 561) if is_prime_mr(n)])
print(all(is_prime_mr(p) for p in ps) and not any(is_prime_mr(c) for c in range(2, 10000) if c not in set(ps)))

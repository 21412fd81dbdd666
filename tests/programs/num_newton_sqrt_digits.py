def sqrt_digits(n, digits):
    scale = 10 ** (2 * digits)
    x = n * scale
    r = x
    y = (r + x // r) // 2
    while y < r:
        r = y
        y = (r + x // r) // 2
    s = str(r)
    whole = len(str(int(n ** 0.5)))
    return s[:whole] + "." + s[whole:]


print(sqrt_digits(2, 60))
print(sqrt_digits(3, 40))
print(sqrt_digits(10, 30))


def pi_machin(digits):
    scale = 10 ** (digits + 10)

    def arctan_inv(x):
        total = term = scale // x
        n = 1
        sign = -1
        x2 = x * x
        while term:
            term //= x2
            total += sign * (term // (2 * n + 1))
            sign = -sign
            n += 1
        return total
    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)


p = pi_machin(80)
print(p[0] + "." + p[1:])


def e_digits(digits):
    scale = 10 ** (digits + 5)
    total = term = scale
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return str(total // 10 ** 5)


e = e_digits(60)
print(e[0] + "." + e[1:])
phi = sqrt_digits(5, 50)
print(phi)

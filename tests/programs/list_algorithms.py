# Small algorithms over lists.
def bubble(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs

def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

data = [5, 2, 9, 1, 5, 6, -3, 0]
s = bubble(data)
print(s, data)
print(bsearch(s, 6), bsearch(s, 7), bsearch([], 1))

def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    i = 2
    while i * i <= n:
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
        i += 1
    return [k for k in range(n + 1) if sieve[k]]

print(primes(60))

def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print(sum([1, 2, 3]), sum([]), sum([0.5, 0.25]), sum([[1], [2]], []))
print(max([3, 8, 1]), min([3, 8, 1]), max(1, 2, 3), max([], default=None))

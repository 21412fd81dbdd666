# Fannkuch-redux (after the Computer Language Benchmarks Game program):
# permutations of a small list, list slicing and reversal, integer loops.

N = 9  # bench-quick: 6
ROUNDS = 2  # bench-quick: 1


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if permutation % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            i = 0
            while i < r:
                j = i + 1
                perm1[i] = perm1[j]
                i = j
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation += 1


for r in range(ROUNDS):
    checksum, flips = fannkuch(N)
print(f"{checksum}\nPfannkuchen({N}) = {flips}")

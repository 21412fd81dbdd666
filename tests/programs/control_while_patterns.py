# while-loop patterns: sentinel, binary search, Newton iteration, collatz, two pointers.
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
xs = list(range(0, 1000, 3))
print(bsearch(xs, 300), bsearch(xs, 301), bsearch(xs, 0), bsearch(xs, 999), bsearch([], 1))
def newton_sqrt(a):
    x = a
    it = 0
    while True:
        nx = 0.5 * (x + a / x)
        it += 1
        if abs(nx - x) < 1e-15 * nx or it > 100:
            return nx, it
        x = nx
print(newton_sqrt(2), newton_sqrt(1e10), newton_sqrt(0.25))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], collatz(27), collatz(2 ** 100))
def two_sum(nums, target):
    nums = sorted(nums)
    i, j = 0, len(nums) - 1
    while i < j:
        s = nums[i] + nums[j]
        if s == target:
            return nums[i], nums[j]
        if s < target:
            i += 1
        else:
            j -= 1
    return None
print(two_sum([8, 3, 5, 1, 9, 12], 17), two_sum([1, 2], 10))
stack = [1]
out = []
while stack:
    v = stack.pop()
    out.append(v)
    if v < 20:
        stack.append(v * 2)
        stack.append(v * 3)
print(out)
n = 1234567
digits = []
while n:
    n, r = divmod(n, 10)
    digits.append(r)
print(digits[::-1])

# return from inside loops, nested loops and loop-else.
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None

def find_pair(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return (i, j)
    else:
        return "none"

def count_until(limit):
    n = 0
    while True:
        n += 1
        for k in range(3):
            if n * k > limit:
                return n, k
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
print(find_pair([1, 5, 3, 7], 10), find_pair([1, 2], 10))
print(count_until(7))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)], fib(100))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(collatz(27), max([collatz(i) for i in range(1, 50)]))

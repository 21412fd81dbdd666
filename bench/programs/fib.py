# Recursive Fibonacci: function calls, small-int arithmetic, comparisons.
N = 34  # bench-quick: 16


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


result = fib(N)
print(f"fib({N}) = {result}")

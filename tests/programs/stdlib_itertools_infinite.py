from itertools import count, cycle, repeat, islice, takewhile, dropwhile

print(list(islice(count(), 5)))
print(list(islice(count(10, 3), 4)))
print(list(islice(count(2.5, 0.5), 4)))
print(list(islice(count(5, -2), 4)))
print(list(islice(cycle("abc"), 8)))
print(list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(7, 0)))
print(list(islice(repeat(None), 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), "abc")))
print(list(takewhile(lambda x: x < 20, count(1, 4))))
print(list(islice(dropwhile(lambda x: x < 5, count()), 3)))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)))
print(list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)))
print(list(islice(range(10), 1, 9, 3)), list(islice(range(3), 5, 10)))
print(list(islice(range(10), None)), list(islice(range(10), 4, 2)))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
it = iter(range(10))
print(list(islice(it, 6, 3)), next(it))
for bad in [(-1,), (1, -2), (0, 5, 0)]:
    try:
        islice([], *bad)
    except ValueError as e:
        print("ValueError", e)

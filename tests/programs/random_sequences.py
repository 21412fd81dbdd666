import random

random.seed(7)
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(items, 5))
print(random.sample(range(1000), 10))
print(random.sample(range(10 ** 6), 8))
print(random.sample("abcdefgh", 3))
print(random.sample(("x", "y", "z"), k=3))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choice("hello"), random.choice((1, 2, 3)), random.choice(range(50)))
print(random.choices(["a", "b", "c"], k=10))
print(random.choices(["a", "b", "c"], [10, 1, 1], k=10))
print(random.choices(["a", "b", "c"], cum_weights=[1, 2, 30], k=6))
print(random.choices(range(5), weights=[0.1, 0.2, 0.3, 0.2, 0.2], k=6))
print(random.choices([1, 2]))
for bad in ([], ):
    try:
        random.choice(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError", e)
try:
    random.choices([1, 2], [1, 2], cum_weights=[1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    random.choices([1, 2], [0, 0])
except ValueError as e:
    print("ValueError", e)
try:
    random.choices([1, 2, 3], [1, 2])
except ValueError as e:
    print("ValueError", e)
deck = [r + s for r in "A23456789TJQK" for s in "shdc"]
random.shuffle(deck)
print(deck[:13])

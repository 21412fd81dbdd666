import random

random.seed(31337)
colors = ["red", "green", "blue", "black"]
print(random.choices(colors, weights=[5, 3, 1, 1], k=12))
print(random.choices(colors, cum_weights=[5, 8, 9, 10], k=12))
print(random.choices(colors, weights=[0.5, 0.25, 0.125, 0.125], k=8))
print(random.choices(range(100), k=5), random.choices("ab", k=0))
print(random.choices([1, 2, 3], [0, 0, 1], k=4))
pop = list(range(10))
print(random.sample(pop, k=10), random.sample(pop, 0))
print(random.sample(["a", "b", "c"], counts=[1, 2, 3], k=6))
try:
    random.sample(["a"], counts=[0], k=1)
except ValueError as e:
    print("ValueError", e)
try:
    random.choices(["a"], [1], [1])
except TypeError as e:
    print("TypeError", e)
try:
    random.choices(["a", "b"], [1, float("inf")])
except ValueError as e:
    print("ValueError", e)

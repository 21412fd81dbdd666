import random

rng = random.Random(2023)
TARGET = "MODEL SCRIPTS RUN SAFELY"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ "


def fitness(s):
    return sum(a == b for a, b in zip(s, TARGET))


def mutate(s, rate):
    return "".join(rng.choice(ALPHABET) if rng.random() < rate else c for c in s)


def crossover(a, b):
    cut = rng.randrange(1, len(a))
    return a[:cut] + b[cut:]


pop = ["".join(rng.choice(ALPHABET) for _ in TARGET) for _ in range(80)]
for gen in range(300):
    pop.sort(key=fitness, reverse=True)
    best = pop[0]
    if gen % 20 == 0 or fitness(best) == len(TARGET):
        print("%3d %2d %s" % (gen, fitness(best), best))
    if fitness(best) == len(TARGET):
        break
    elite = pop[:16]
    children = elite[:]
    while len(children) < len(pop):
        a, b = rng.sample(elite, 2)
        children.append(mutate(crossover(a, b), 0.04))
    pop = children
print("generations", gen, "avg fitness %.3f" % (sum(map(fitness, pop)) / len(pop)))

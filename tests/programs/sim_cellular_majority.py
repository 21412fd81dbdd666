import random

rng = random.Random(3)
W, H = 40, 12
grid = [[rng.random() < 0.5 for _ in range(W)] for _ in range(H)]


def show(g):
    return "\n".join("".join("#" if c else "." for c in row) for row in g)


def step(g):
    new = []
    for y in range(H):
        row = []
        for x in range(W):
            s = sum(g[(y + dy) % H][(x + dx) % W] for dy in (-1, 0, 1) for dx in (-1, 0, 1))
            row.append(s >= 5)
        new.append(row)
    return new


print(show(grid))
print()
counts = []
for i in range(12):
    new = step(grid)
    counts.append(sum(map(sum, new)))
    if new == grid:
        print("stable after", i, "steps")
        break
    grid = new
print(show(grid))
print(counts)

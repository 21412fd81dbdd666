import random

random.seed(17)
W, H = 30, 12
EMPTY, TREE, FIRE = ".", "T", "*"
grid = [[TREE if random.random() < 0.6 else EMPTY for _ in range(W)] for _ in range(H)]
for y in range(H):
    if grid[y][0] == TREE:
        grid[y][0] = FIRE
burned_per_step = []
step = 0
while any(FIRE in row for row in grid):
    new = [row[:] for row in grid]
    burned = 0
    for y in range(H):
        for x in range(W):
            if grid[y][x] == FIRE:
                new[y][x] = EMPTY
                burned += 1
                for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    nx, ny = x + dx, y + dy
                    if 0 <= nx < W and 0 <= ny < H and grid[ny][nx] == TREE:
                        new[ny][nx] = FIRE
    grid = new
    burned_per_step.append(burned)
    step += 1
    if step in (3, 10):
        print("\n".join("".join(r) for r in grid))
        print()
print("steps", step, "burned", sum(burned_per_step), "left", sum(r.count(TREE) for r in grid))
print(burned_per_step)

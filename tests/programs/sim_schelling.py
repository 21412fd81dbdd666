import random

rng = random.Random(12)
N = 16
cells = ["X"] * 100 + ["O"] * 100 + ["."] * (N * N - 200)
rng.shuffle(cells)
grid = [cells[i * N:(i + 1) * N] for i in range(N)]


def unhappy(g, r, c, threshold=0.5):
    me = g[r][c]
    same = other = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                v = g[(r + dr) % N][(c + dc) % N]
                if v == me:
                    same += 1
                elif v != ".":
                    other += 1
    return same + other > 0 and same / (same + other) < threshold


def similarity(g):
    tot = n = 0
    for r in range(N):
        for c in range(N):
            if g[r][c] == ".":
                continue
            s = o = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        v = g[(r + dr) % N][(c + dc) % N]
                        s += v == g[r][c]
                        o += v not in (".", g[r][c])
            if s + o:
                tot += s / (s + o)
                n += 1
    return tot / n


print("start similarity %.4f" % similarity(grid))
for rnd in range(30):
    movers = [(r, c) for r in range(N) for c in range(N) if grid[r][c] != "." and unhappy(grid, r, c)]
    if not movers:
        break
    empties = [(r, c) for r in range(N) for c in range(N) if grid[r][c] == "."]
    for (r, c) in movers:
        i = rng.randrange(len(empties))
        er, ec = empties[i]
        grid[er][ec], grid[r][c] = grid[r][c], "."
        empties[i] = (r, c)
    if rnd % 5 == 0:
        print("round %2d movers %3d similarity %.4f" % (rnd, len(movers), similarity(grid)))
print("rounds", rnd, "final similarity %.4f" % similarity(grid))
print("\n".join("".join(row) for row in grid))

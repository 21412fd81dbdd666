def run(steps):
    black = set()
    x = y = 0
    dx, dy = 0, -1
    for _ in range(steps):
        if (x, y) in black:
            dx, dy = dy, -dx
            black.remove((x, y))
        else:
            dx, dy = -dy, dx
            black.add((x, y))
        x, y = x + dx, y + dy
    return black, (x, y), (dx, dy)


for steps in (100, 500, 1000, 11000):
    b, pos, d = run(steps)
    print(steps, len(b), pos, d)
b, pos, d = run(400)
xs = [p[0] for p in b]
ys = [p[1] for p in b]
for yy in range(min(ys), max(ys) + 1):
    print("".join("#" if (xx, yy) in b else ("A" if (xx, yy) == pos else ".") for xx in range(min(xs), max(xs) + 1)))

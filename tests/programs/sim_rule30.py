def run(rule, width, steps):
    cells = [0] * width
    cells[width // 2] = 1
    table = {(a, b, c): (rule >> (a * 4 + b * 2 + c)) & 1
             for a in (0, 1) for b in (0, 1) for c in (0, 1)}
    rows = [cells]
    for _ in range(steps):
        cells = [table[(cells[i - 1], cells[i], cells[(i + 1) % width])] for i in range(width)]
        rows.append(cells)
    return rows


for rule in (30, 90, 110):
    rows = run(rule, 31, 15)
    print("rule", rule)
    for r in rows:
        print("".join(".X"[c] for c in r))
    print("live per row", [sum(r) for r in rows])
center = [r[32] for r in run(30, 65, 64)]
bits = int("".join(map(str, center)), 2)
print(bits, hex(bits), bin(bits).count("1"))

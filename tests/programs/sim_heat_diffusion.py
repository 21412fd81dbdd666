N = 21
rod = [0.0] * N
rod[N // 2] = 100.0
alpha = 0.25
snapshots = {}
for t in range(201):
    if t in (0, 1, 5, 20, 50, 200):
        snapshots[t] = rod[:]
    new = rod[:]
    for i in range(1, N - 1):
        new[i] = rod[i] + alpha * (rod[i - 1] - 2 * rod[i] + rod[i + 1])
    rod = new
for t, s in snapshots.items():
    print("t=%3d total=%9.5f max=%8.5f" % (t, sum(s), max(s)), "".join(" .:-=+*#%@"[min(9, int(v / 10))] for v in s))
plate = [[0.0] * 8 for _ in range(8)]
for i in range(8):
    plate[0][i] = 100.0
for it in range(500):
    diff = 0.0
    for r in range(1, 7):
        for c in range(1, 7):
            v = (plate[r - 1][c] + plate[r + 1][c] + plate[r][c - 1] + plate[r][c + 1]) / 4
            diff = max(diff, abs(v - plate[r][c]))
            plate[r][c] = v
    if diff < 1e-9:
        break
print("converged after", it)
for row in plate:
    print(" ".join("%6.2f" % v for v in row))

def sir(beta, gamma, s, i, r, days, dt=0.1):
    n = s + i + r
    out = []
    steps = int(1 / dt)
    for day in range(days):
        out.append((day, round(s, 3), round(i, 3), round(r, 3)))
        for _ in range(steps):
            new_inf = beta * s * i / n * dt
            new_rec = gamma * i * dt
            s -= new_inf
            i += new_inf - new_rec
            r += new_rec
    return out


res = sir(0.3, 0.1, 990.0, 10.0, 0.0, 120)
for row in res[::10]:
    print("%3d %9.3f %9.3f %9.3f" % row)
peak = max(res, key=lambda r: r[2])
print("peak day", peak[0], "infected", peak[2])
print("final susceptible", res[-1][1])
print("R0", 0.3 / 0.1)
for beta in (0.15, 0.2, 0.4):
    r = sir(beta, 0.1, 990.0, 10.0, 0.0, 200)
    print(beta, max(x[2] for x in r), r[-1][3])

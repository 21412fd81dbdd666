import math

N = 41
c = 1.0
dx = 1.0 / (N - 1)
dt = 0.5 * dx / c
r2 = (c * dt / dx) ** 2
u_prev = [math.exp(-200 * (i * dx - 0.3) ** 2) for i in range(N)]
u_prev[0] = u_prev[-1] = 0.0
u = u_prev[:]
for i in range(1, N - 1):
    u[i] = u_prev[i] + 0.5 * r2 * (u_prev[i + 1] - 2 * u_prev[i] + u_prev[i - 1])


def energy(u, up):
    kin = sum(((a - b) / dt) ** 2 for a, b in zip(u, up)) * dx / 2
    pot = sum(((u[i + 1] - u[i]) / dx) ** 2 for i in range(N - 1)) * dx * c * c / 2
    return kin + pot


for step in range(1, 161):
    nxt = [0.0] * N
    for i in range(1, N - 1):
        nxt[i] = 2 * u[i] - u_prev[i] + r2 * (u[i + 1] - 2 * u[i] + u[i - 1])
    u_prev, u = u, nxt
    if step % 40 == 0:
        peak = max(range(N), key=lambda i: abs(u[i]))
        print("step %3d peak at x=%.3f value=%+.5f energy=%.6f" % (step, peak * dx, u[peak], energy(u, u_prev)))
        print("".join("+" if v > 0.05 else "-" if v < -0.05 else "." for v in u))

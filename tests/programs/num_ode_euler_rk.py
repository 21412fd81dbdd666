import math


def euler(f, y0, t0, t1, n):
    h = (t1 - t0) / n
    t, y = t0, y0
    for _ in range(n):
        y += h * f(t, y)
        t += h
    return y


def rk4(f, y0, t0, t1, n):
    h = (t1 - t0) / n
    t, y = t0, y0
    for _ in range(n):
        k1 = f(t, y)
        k2 = f(t + h / 2, y + h / 2 * k1)
        k3 = f(t + h / 2, y + h / 2 * k2)
        k4 = f(t + h, y + h * k3)
        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        t += h
    return y


f = lambda t, y: y
for n in (10, 100, 1000):
    e = euler(f, 1.0, 0.0, 1.0, n)
    r = rk4(f, 1.0, 0.0, 1.0, n)
    print(n, "%.12f %.3e %.12f %.3e" % (e, abs(e - math.e), r, abs(r - math.e)))
g = lambda t, y: -2 * t * y
print(rk4(g, 1.0, 0.0, 2.0, 200), math.exp(-4))
# pendulum as a system
theta, omega = 1.0, 0.0
dt = 0.001
energies = []
for step in range(5001):
    if step % 1000 == 0:
        energies.append(0.5 * omega ** 2 - 9.81 * math.cos(theta))
        print("t=%.1f theta=%+.6f omega=%+.6f" % (step * dt, theta, omega))
    omega -= 9.81 * math.sin(theta) * dt
    theta += omega * dt
print("energy drift %.3e" % (max(energies) - min(energies)))

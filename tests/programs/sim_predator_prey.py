def lotka(x, y, a=1.1, b=0.4, c=0.4, d=0.1, dt=0.001, t_end=30.0):
    t = 0.0
    out = []
    k = 0
    every = int(1.0 / dt)
    while t < t_end:
        if k % every == 0:
            out.append((round(t, 3), x, y))

        def f(x, y):
            return a * x - b * x * y, d * x * y - c * y
        k1 = f(x, y)
        k2 = f(x + dt / 2 * k1[0], y + dt / 2 * k1[1])
        k3 = f(x + dt / 2 * k2[0], y + dt / 2 * k2[1])
        k4 = f(x + dt * k3[0], y + dt * k3[1])
        x += dt / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0])
        y += dt / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1])
        t += dt
        k += 1
    return out


out = lotka(10.0, 10.0)
for t, x, y in out[::3]:
    print("t=%5.1f prey=%8.4f pred=%8.4f" % (t, x, y))
print("prey max %.5f min %.5f" % (max(o[1] for o in out), min(o[1] for o in out)))
print("pred max %.5f min %.5f" % (max(o[2] for o in out), min(o[2] for o in out)))

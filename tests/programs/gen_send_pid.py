def pid(kp, ki, kd, setpoint):
    integral = 0.0
    prev_err = None
    out = 0.0
    while True:
        measured = yield out
        if measured is None:
            return integral
        err = setpoint - measured
        integral += err
        deriv = 0.0 if prev_err is None else err - prev_err
        prev_err = err
        out = kp * err + ki * integral + kd * deriv


ctl = pid(0.6, 0.05, 0.2, 50.0)
next(ctl)
temp = 20.0
for t in range(25):
    power = ctl.send(temp)
    temp += 0.5 * power - 0.02 * (temp - 20.0)
    if t % 4 == 0:
        print("t=%2d temp=%8.4f power=%8.4f" % (t, temp, power))
try:
    ctl.send(None)
except StopIteration as e:
    print("integral %.4f" % e.value)


def resettable_counter():
    n = 0
    while True:
        cmd = yield n
        n = 0 if cmd == "reset" else n + 1


c = resettable_counter()
print([next(c), next(c), next(c), c.send("reset"), next(c), c.send("x")])
try:
    c.throw(ValueError("stop"))
except ValueError as e:
    print("thrown back:", e)
print(next(c, "exhausted"))

# repr/str of many floats generated deterministically (shortest round-trip repr).
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed
out = []
for i in range(60):
    a = rnd()
    b = rnd() % 40 - 20
    x = (a / 2 ** 31) * 10.0 ** b
    if i % 3 == 0:
        x = -x
    out.append(repr(x))
    if float(repr(x)) != x:
        print("roundtrip failure", i)
for i in range(0, 60, 4):
    print(" ".join(out[i:i + 4]))
for v in [0.1, 0.2, 0.7, 1.1, 2.2, 3.3, 1e-4, 9.5e-5, 1234567.0, 12345678.9, 0.1 + 0.7, 1 / 9, 2 / 7,
          1e15 + 0.3, 1e16 + 2.0, 5e-310, 1.0000000000000002, 0.9999999999999999, 4.9406564584124654e-324]:
    print(repr(v), str(v), "%r" % v, "%s" % v, f"{v}")
acc = 0.0
for i in range(1, 30):
    acc += 1 / i
    if i % 7 == 0:
        print(i, acc, acc * 1e10, acc / 1e10)

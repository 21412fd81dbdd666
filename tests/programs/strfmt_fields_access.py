class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return f"P({self.x},{self.y})"

    def __repr__(self):
        return f"<P {self.x} {self.y}>"


p = P(3, 4)
data = {"name": "probe", "vals": [10, 20, 30], "meta": {"k": "v"}}
print("{0.x}-{0.y} {0} {0!r}".format(p))
print("{d[name]} {d[vals][1]} {d[meta][k]}".format(d=data))
print("{0[0]}{0[2]} {1[1]:>5}|".format("abc", [1, 22]))
print("{:>{w}}|{:<{w}}|".format("r", "l", w=4), "{0:{1}}|".format(7, "03d"), "{:{}{}}".format(5, "0>", 3))
print("{!s:>8}|{!r:>8}|".format(p, p), "{p.x:+.2f}".format(p=p))
print("{}".format([p, p]), str([p]), "%s %r" % (p, p), f"{p!s}/{p!r}/{[p]}")
print("{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:.3}".format("abcdef"), "{:^7.2s}|".format("xyz"))
print("{:c}".format(65), "{:5c}|".format(66), "{:x} {:X} {:o} {:#b}".format(254, 254, 8, 5))
print(format(p, ""), format(1.5e-7, "g"), format(123456789, ",d"), format(-0.0001234, ".2e"))
print("{0}{{}}{1}".format("a", "b"), "{{{0}}}".format("x"))
try:
    "{0.z}".format(p)
except AttributeError as e:
    print("AttributeError")
try:
    "{2}".format(1, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)

person = {"name": "Ada", "born": 1815, "langs": ["math", "engines"]}
print("{name} was born in {born}".format_map(person))
print("{name:>8}|{born:x}|{langs[1]}".format_map(person))
print("{0}-{1}-{0}".format("a", "b"))
print("{:>{w}.{p}f}".format(3.14159, w=10, p=3))
print("{x}{y}".format(x=1, y=2, z=3), "{}".format(1, 2))
try:
    "{missing}".format_map(person)
except KeyError as e:
    print("KeyError", e)
try:
    "{0}".format()
except IndexError as e:
    print("IndexError", e)
try:
    "{a}".format(1)
except KeyError as e:
    print("KeyError", e)
print("{0.imag}|{0.real:.1f}".format(2.5), "{0.numerator}/{0.denominator}".format(7))
print("Total: {:,.2f} ({:+.1%})".format(1234567.891, -0.0567))
print("{:08.3f}|{:<08.3f}|{:^+9.2f}".format(-3.14159, 2.5, 1.0))
table = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.125)]
for name, n, x in table:
    print(f"{name:<6}{n:>5}{x:>10.3f}", "{:<6}{:>5}{:>10.3f}".format(name, n, x))

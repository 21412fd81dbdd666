# f-string number formatting sweep over many values and specs.
values = [0, 1, -1, 7, 42, -123, 1000, 123456789, 10 ** 16, 0.0, -0.0, 0.5, -0.5, 1.25, 2.675,
          3.14159, 100.0, 1e-7, 1.5e-5, 123456.789, 1e16, 1.23e22, -9.87e-3]
specs = ["", ">8", "<8", "^8", "08", "+", " ", ",", "_", ".2f", ".0f", ".3e", ".2g", "g", "e", "10.3f", "%", ".1%", "n"]
for v in values:
    parts = []
    for s in specs:
        if isinstance(v, int) and s in ("%", ".1%"):
            parts.append("-")
            continue
        parts.append("[" + f"{v:{s}}" + "]")
    print(repr(v), " ".join(parts))
int_specs = ["d", "5d", "x", "X", "o", "b", "#x", "c"]
for v in [0, 1, 65, 255, 1000, -42]:
    out = []
    for s in int_specs:
        if s == "c" and v < 0:
            continue
        out.append(f"{v:{s}}")
    print(v, out)

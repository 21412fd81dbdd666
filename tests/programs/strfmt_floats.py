values = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-7, 1.5e-5, 123456.789, 1e16, 1.2345e100, -2.5e-300,
          float("inf"), float("-inf"), float("nan"), 0.5, 2.5, 1e22, 9.999999, 0.1, 100.0]
specs = ["", "f", ".0f", ".1f", ".10f", "e", ".0e", ".3E", "g", ".1g", ".3g", ".10g", "G", "#g", "#.3g", "%",
         ".2%", "10.2f", "<10.2f", "^12.3e", "+.2f", " .2f", "010.3f", ",.2f", "_.1f", "015,.2f", "z.1f",
         "z.0f", "#.0f", "#.0e", ".2", "#", ".0", "n", ".3n", "=+12.4f", "*>10g", "F", "E"]
for v in values:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("E:" + str(e))
    print(repr(v), out)

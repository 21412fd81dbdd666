values = [0, 1, -1, 7, -42, 255, 1000, 123456789, -987654321, 2 ** 64, -(2 ** 70), True, False]
specs = ["", "d", "5d", "<6d", "^7d", ">8d", "=+8d", "+d", " d", "-d", "05d", "08,d", "_d", ",d", "x", "X", "#x",
         "#X", "o", "#o", "b", "#b", "08b", "#010b", "_x", "#_b", "c" if False else "n", "e", ".2e", "f", ".3f",
         "g", "%", ".1%", "*^12", "0<5", "z<5" if False else "<5", "+,", "#_o"]
for v in values:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append("E:" + str(e))
    print(v, out)

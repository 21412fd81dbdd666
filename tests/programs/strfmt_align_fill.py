for fill in "*0 .-":
    for align in "<>^=":
        spec = fill + align + "9"
        try:
            print(repr(spec), repr(format(-42, spec)), repr(format(3.5, spec + ".2f")))
        except ValueError as e:
            print(repr(spec), "ValueError", e)
print([format("ab", s) for s in ["<", ">", "^", "3", "^7", "x^7", "é>4"]])
print("{:^9,}".format(1234567), "{:=^20}".format(" title "), "{:>+10.3e}".format(-12345.678))

for n in [0, 5, -5, 255, -256, 2 ** 70, -(2 ** 65), True]:
    print(bin(n), oct(n), hex(n))
print(format(3.14159, ".2f"), format(42), format("x", ">3"), format(1234567, ","), format(-0.0, "z"))
print(format(255, "#06x"), format(True), format(None), format([1, 2]), format(0.5, "%"))
for bad in [1.5, "3", None]:
    try:
        bin(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError", e)

cfg = {"w": 12, "p": 4, "a": "^", "f": "~"}
print("[{v:{f}{a}{w}.{p}f}]".format(v=3.14159265, w=12, p=4, a="^", f="~"))
print("[{0:{1}}] [{0:>{1}}] [{0:^{1}}]".format("mid", 9))
print("{0:.{1}e} {0:.{2}g}".format(123456.789, 2, 3))
matrix = [[1, 22, 333], [4444, 5, 66]]
width = 4
for row in matrix:
    print(" ".join(["{:>{w}}".format(x, w=width) for x in row]))
print("{:{}}|{:{}}".format("a", 3, "b", 4), "{0:{1}}".format(5, ""))

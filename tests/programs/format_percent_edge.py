# %-formatting edge cases and errors.
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")))
print("%e %g" % (float("inf"), float("nan")))
print("%.2f %.2f %.2f %.2f" % (0.125, 0.375, 2.675, 1.005))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%d" % True, "%s" % False, "%r" % None)
print("%x" % 2 ** 70)
print("%d" % -2 ** 70)
print("%20.3e|" % 6.02214076e23)
print("%-12g|%12g|" % (1.5e-7, 1.5e7))
print("%#g %#.3g" % (1.0, 2.0))
print("%g %g" % (-0.0, 0.0))
print("%.1f" % -0.04)
print("%s" % "", "[%s]" % "")
print("%3c|%-3c|" % (65, 66))
for args in [(1,), (1, 2, 3)]:
    try:
        print("%d %d" % args)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
try:
    print("%s %s" % "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ())
except TypeError as e:
    print("TypeError:", e)
print("no args" % ())
print("%s" % ((1, 2),))

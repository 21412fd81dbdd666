vals = [(5, 3.14159, "pi"), (-12, 2.71828, "e"), (1000, 1.41421, "sqrt2")]
for n, x, name in vals:
    print("%5d|%-8.3f|%s" % (n, x, name), "{:5d}|{:<8.3f}|{}".format(n, x, name), f"{n:5d}|{x:<8.3f}|{name}")
    print("%x %o %e %g %r" % (abs(n), abs(n), x, x, name), "{:x} {:o} {:e} {:g} {!r}".format(abs(n), abs(n), x, x, name))
print("%(a)s-%(b)05.1f" % {"a": "k", "b": 2.25}, "{a}-{b:05.1f}".format(a="k", b=2.25))

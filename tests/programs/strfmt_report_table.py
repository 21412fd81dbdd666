rows = [("Widget", 1200, 2.5, 0.125), ("Gadget", 85, 19.99, -0.0333),
        ("Thingamajig", 3, 1499.0, 0.5), ("Nut", 1000000, 0.01, 0.0)]
print("{:<12}|{:>10}|{:>10}|{:>8}".format("item", "qty", "price", "chg"))
print("-" * 12 + "+" + "-" * 10 + "+" + "-" * 10 + "+" + "-" * 8)
for name, q, p, ch in rows:
    print("{:<12.10}|{:>10,}|{:>10.2f}|{:>+8.1%}".format(name, q, p, ch))
print("=" * 43)
tot = sum(q * p for _, q, p, _ in rows)
print(f"{'total':<12}|{'':>10}|{tot:>10,.2f}|")
for name, q, p, ch in rows:
    print(f"{name!r:^16}{q:08d} {p:e} {p:g} {ch:+.3f}")
print("%-12s|%10d|%10.2f|%+8.1f%%" % ("pct", 5, 3.14159, 12.5))
print("%(name)s has %(n)03d items" % {"name": "box", "n": 7})
print("%5s|%-5s|%.2s|%c%c" % ("ab", "cd", "xyz", 65, "z"))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-7, 1e20))
print("{0}{1}{0}".format("ab", "-"), "{x}/{y}".format(x=1, y=2), "{:*^11}".format("mid"))
print("{:,}".format(1234567890), "{:_}".format(1234567), "{:b}".format(37), "{:#010b}".format(5))
print(format(3.14159, ".3"), format(0.5, "%"), format(1e16, ""), format(-0.0, "+.1f"))

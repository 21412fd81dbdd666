# f-strings: conversions, nested expressions, format specs.
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n!r} {name!r} {name!s} {name!a}")
print(f"{n + 1} {n * 2} {[n, n]} {n > 40}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {n:05d} {n:x} {n:X} {n:o} {n:b}")
print(f"{n:>6}|{n:<6}|{n:^6}|{name:*^11}|")
print(f"{1234567:,} {1234567.891:,.2f} {0.25:%} {0.25:.0%}")
print(f"{-5:+d} {5:+d} {5: d} {3.0:e} {12345.678:g}")
width = 8
prec = 3
print(f"{pi:{width}.{prec}f}|")
print(f"{'quoted'} {'a' + 'b'}")
print(f"{{literal braces}} {n}")
print(f"")
print(f"{name}" + f"{n}")
d = {"key": "value"}
print(f"{d['key']} {len(d)}")
print(f"{None} {True} {1.0} {10 ** 20}")
print(f"{'é'!a} {'x'!r:>5}")
print(f"multi {n} part {name} string {pi:.1f} end")

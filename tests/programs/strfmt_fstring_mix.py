import math

name = "Ada"
items = {"apples": 3, "pears": 12}
w = 10
print(f"{name=}, {len(name)=}, {name.upper()!r:>8}")
print(f"{'left':<{w}}|{'right':>{w}}|{'mid':^{w}}|")
for k, v in items.items():
    print(f"{k:.<{w}}{v:.>5}")
print(f"{math.pi:.{3}f} {math.e:{w}.{4}} {math.tau:<{w}.2e}|")
print(f"{3 + 4 * 2} {[x * 2 for x in range(3)]} {dict(a=1)['a']} {'yes' if w > 5 else 'no'}")
print(f"{{literal}} {{{name}}}")
print(f"{255:x} {255:#X} {255:o} {255:b} {1234567:,} {0.000123:.2e}")
print(f"{-7:5d}|{-7:<5d}|{-7:^5d}|{-7:=5d}|{7:+d}|{7: d}")
val = 1234.5678
print(f"{val:10.2f}|{val:<10.1f}|{val:^10.0f}|{val:+,.3f}")
nested = [("x", 1.5), ("yy", 22.25), ("zzz", 333.125)]
print("\n".join(f"{a:>4}={b:<8.3f}#" for a, b in nested))
print(f"{'%d%%' % 50} {'{}'.format(5)} {str(3.0)} {repr('q')}")
print(f"{True!s} {None!r} {b'ab'!r} {'é'!a}")

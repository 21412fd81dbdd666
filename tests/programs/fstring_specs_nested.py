# f-strings: nested specs, conversions with specs, expressions, escapes.
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in items:
    print(f"{name:<12}{price:>8.2f}{qty:>4d}{price * qty:>10,.2f}")
w, p = 10, 2
print(f"[{3.14159:{w}.{p}f}] [{'s':>{w}}] [{42:0{w}d}] [{-3.5:+{w}.{p}e}]")
align = "^"
print(f"[{'mid':{align}{w}}] [{7:{align}9}]")
print(f"{'abc'!r:>10}|{'abc'!s:^9}|{'é'!a}|{[1, 'x']!r}|{3.0!s}|{3.0!r:>6}|")
print(f"{1 + 2 * 3}|{6 if x else 7}|") if False else print(f"{1 + 2 * 3}|")
d = {"k": [10, 20]}
print(f"{d['k'][1]}|{d}|{len(d['k']) * 2}|{d.get('z', 'dflt')}|{'yes' if d else 'no'}")
x = 12.0
print(f"{x=}, {x*2=}, {x = :.2f}, {'s'=}")
print(f"{x:.0f}{x:.0f}", f"{{x}}", f"{{{x}}}", f"{'{'}", f"a\tb", f"q'{1}'q", f'd"{2}"d')
print(f"{10:#x}|{10:#o}|{10:#b}|{255:#06x}|{-255:#x}|{10:_^#8x}|")
print(f"{'line1'}\n{'line2'}")
n = None
print(f"{n}|{n!r}|{True}|{False!s}|{[]}|{()}|{{}}|{ {} }|{ {'a': 1} }")
print(f"{2 ** 100}|{-0.0}|{1e100}|{float('nan')}|{1/3}")
print(f"{'%d' % 5}|{'%s-%s' % ('a', 'b')}|{str(1.5).replace('.', ',')}")
print(f"{'abc'[::-1]}|{'abc'[1:]}|{[1, 2, 3][-1]}|{sum([1, 2])}")

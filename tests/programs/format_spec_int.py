# Format specs for ints and strings.
n = 1234567
print(f"{n:,}|{n:_}|{-n:,}|{n:>12,}|{n:012,}|")
print(f"{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#o}|{n:#b}|{n:_x}|{n:_b}|")
print(f"{n:e}|{n:.2f}|{n:g}|{n:%}|")
print(f"{42:5}|{42:<5}|{42:^5}|{42:>5}|{42:=5}|{-42:=6}|{-42:06}|")
print(f"{42:+}|{-42:+}|{42: }|{42:-}|")
print(f"{0:5d}|{0:05d}|{0:+05d}|{0:x}|")
print(f"{10 ** 30:,}|{-10 ** 20:_}|")
print(f"{65:c}|{'abc':5}|{'abc':>5}|{'abc':^6}|{'abc':.2}|{'abc':_^9}|")
print(f"{'x':*<4}|{'x':*>4}|{'x':*^4}|{'':3}|")
print(f"{True}|{True:d}|{False:d}|")
print(f"{None!r}|{None!s:>6}|")
print(f"{7:3d}{8:3d}{9:3d}")
w = 6
print(f"{n:>{w}}|{'ab':{'^'}{w}}|{3.14159:.{w - 3}f}|")

data = "12,7,,33,x,5,100,-4"
vals = [n for tok in data.split(",") if (s := tok.strip()) and (s.lstrip("-").isdigit()) and (n := int(s)) > 0]
print(vals)
stream = iter([3, 1, 4, 1, 5, 9, 2, 6, 0, 7])
seen = []
while (x := next(stream)) != 0:
    seen.append(x)
print(seen, next(stream))
lines = ["# header", "a=1", "", "b = 2", "junk", "c=3"]
parsed = {k.strip(): int(v) for ln in lines if (p := ln.partition("="))[1] for k, _, v in [p]}
print(parsed)
if (n := len(lines)) > 5:
    print("many lines:", n)
total = 0
counts = [c for w in "a bb ccc dddd".split() if (c := len(w)) % 2 == 0 or (total := total + c)]
print(counts, total)
import math
roots = [(x, r) for x in range(30) if (r := math.isqrt(x)) * r == x]
print(roots)
buf = []
chunk = [1, 2, 3, 4, 5, 6, 7]
while (part := chunk[:3]):
    buf.append(sum(part))
    chunk = chunk[3:]
print(buf)

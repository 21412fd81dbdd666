def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("NUM", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("NAME", src[i:j]))
            i = j
        elif src[i:i + 2] in ("**", "//", "==", "<=", ">="):
            toks.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/()<>,=%":
            toks.append(("OP", c))
            i += 1
        else:
            raise ValueError("bad char %r at %d" % (c, i))
    return toks


for src in ["x = 3 + 4.5*y", "f(a, b)**2 // 7", "rate_1 >= .25", "a % b == 0"]:
    print(tokenize(src))
try:
    tokenize("x $ y")
except ValueError as e:
    print("ValueError:", e)
counts = {}
for kind, _ in tokenize("a+b*c-d/e+f(g,h)**2"):
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))

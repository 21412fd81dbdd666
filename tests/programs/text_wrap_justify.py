TEXT = ("The sandbox runs model scripts written by analysts: small programs that read "
        "parameters, simulate, aggregate and print tables. Output must match CPython "
        "exactly, byte for byte, including the formatting of floats and alignment.")


def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


for width in (30, 45):
    lines = wrap(TEXT, width)
    print("+" + "-" * width + "+")
    for i, l in enumerate(lines):
        body = justify(l, width) if i < len(lines) - 1 else " ".join(l).ljust(width)
        print("|" + body + "|")
    print("+" + "-" * width + "+")
for l in wrap(TEXT, 50):
    print(" ".join(l).center(60, "."))
print([len(" ".join(l)) for l in wrap(TEXT, 20)])

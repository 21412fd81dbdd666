titles = ["Hello, World!", "  The Quick--Brown   Fox ", "Ünïcode & Ümlauts in URLs", "C++ vs. C# (2024 edition)",
          "already-a-slug", "Multiple...dots...here", "100% Pure Python 3.11"]


def slugify(s):
    out = []
    prev_dash = True
    for ch in s.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            prev_dash = False
        elif not prev_dash:
            out.append("-")
            prev_dash = True
    return "".join(out).strip("-")


def acronym(s):
    words = "".join(c if c.isalnum() else " " for c in s).split()
    return "".join(w[0].upper() for w in words if w[0].isalpha())


def camel(s):
    parts = slugify(s).split("-")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def snake_from_camel(s):
    out = ""
    for i, c in enumerate(s):
        if c.isupper() and i and (not s[i - 1].isupper() or (i + 1 < len(s) and s[i + 1].islower())):
            out += "_"
        out += c.lower()
    return out


for t in titles:
    print(f"{t!r:32} {slugify(t):28} {acronym(t):8} {camel(t)}")
for name in ["parseHTTPResponse", "getX", "simpleTest", "ABC", "loadModelV2Config"]:
    print(name, "->", snake_from_camel(name))

rows = [["Language", "Year", "Typing", "Score"],
        ["Python", "1991", "dynamic", "9.5"],
        ["C", "1972", "static", "8.25"],
        ["Haskell", "1990", "static", "7"],
        ["JavaScript", "1995", "dynamic", "6.75"]]


def is_num(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


cols = list(zip(*rows))
widths = [max(len(c) for c in col) for col in cols]
numeric = [all(is_num(c) for c in col[1:]) for col in cols]


def fmt_row(r):
    cells = [c.rjust(w) if num else c.ljust(w) for c, w, num in zip(r, widths, numeric)]
    return "| " + " | ".join(cells) + " |"


print(fmt_row(rows[0]))
print("|" + "|".join(("-" * (w + 1) + ":") if num else (":" + "-" * (w + 1)) for w, num in zip(widths, numeric)) + "|")
for r in sorted(rows[1:], key=lambda r: -float(r[3])):
    print(fmt_row(r))
md = """| a | b |
|---|---|
| 1 | x |
| 22 | yy |"""
parsed = [[c.strip() for c in line.strip("|").split("|")] for line in md.splitlines() if not set(line) <= set("|-: ")]
print(parsed)
print({r[0]: r[1] for r in parsed[1:]})

UNITS = ["", "thousand", "million", "billion"]
SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def below_1000(n):
    out = []
    h, r = divmod(n, 100)
    if h:
        out.append(SMALL[h] + " hundred")
    if r >= 20:
        t, o = divmod(r, 10)
        out.append(TENS[t - 2] + ("-" + SMALL[o] if o else ""))
    elif r or not out:
        out.append(SMALL[r])
    return " ".join(out)


def spell(n):
    if n == 0:
        return "zero"
    groups = []
    i = 0
    while n:
        n, g = divmod(n, 1000)
        if g:
            groups.append(below_1000(g) + (" " + UNITS[i] if UNITS[i] else ""))
        i += 1
    return " ".join(reversed(groups))


def cheque(amount):
    cents = round(amount * 100)
    d, c = divmod(cents, 100)
    return f"{spell(d).capitalize()} dollar{'s' if d != 1 else ''} and {c:02d}/100"


for a in [0.5, 1, 12.34, 100.01, 1999.99, 40015.7, 1234567.89, 2000000000]:
    print(f"{a:>15,.2f}  {cheque(a)}")

def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}" if n > 1 else prev)
            prev, n = ch, 1
    out.append(f"{n}{prev}" if n > 1 else prev)
    return "".join(out)


def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabbbcccc", "x" * 120]
for s in samples:
    e = rle_encode(s)
    print(repr(e), len(s), len(e), rle_decode(e) == s)


def look_and_say(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)


seq = ["1"]
for _ in range(12):
    seq.append(look_and_say(seq[-1]))
print(seq[:8], [len(s) for s in seq])
bwt_in = "banana$"
rots = sorted(bwt_in[i:] + bwt_in[:i] for i in range(len(bwt_in)))
print(rots, "".join(r[-1] for r in rots))

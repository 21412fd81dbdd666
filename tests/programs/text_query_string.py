HEX = "0123456789ABCDEF"
SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~")


def quote(s):
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c in SAFE:
            out.append(c)
        elif c == " ":
            out.append("+")
        else:
            out.append("%" + HEX[b >> 4] + HEX[b & 15])
    return "".join(out)


def unquote(s):
    bs = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "%" and i + 2 < len(s) + 1 and all(h in HEX for h in s[i + 1:i + 3].upper()) and len(s[i + 1:i + 3]) == 2:
            bs.append(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            bs.extend((" " if c == "+" else c).encode("utf-8"))
            i += 1
    return bytes(bs).decode("utf-8")


def encode(params):
    return "&".join(quote(k) + "=" + quote(str(v)) for k, v in params)


def decode(qs):
    out = {}
    for part in qs.split("&"):
        if not part:
            continue
        k, _, v = part.partition("=")
        out.setdefault(unquote(k), []).append(unquote(v))
    return out


params = [("q", "café & crème"), ("page", 2), ("tags", "a/b"), ("tags", "c d"), ("empty", ""), ("emoji", "☃")]
qs = encode(params)
print(qs)
print(decode(qs))
print(decode("a=1&&b=%zz&c=%41%42&d"), unquote("100%25+sure"), quote("~safe-chars_."))
url = "https://example.org/search?" + qs + "#top"
base, _, rest = url.partition("?")
query, _, frag = rest.partition("#")
print(base, frag, sorted(decode(query)))

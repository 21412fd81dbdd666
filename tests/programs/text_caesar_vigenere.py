LOWER = "abcdefghijklmnopqrstuvwxyz"


def caesar(s, k):
    out = []
    for ch in s:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(s, key, sign=1):
    out = []
    ki = 0
    for ch in s:
        if ch.isalpha():
            k = ord(key[ki % len(key)].lower()) - 97
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + sign * k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn! The quick brown fox, 1234."
for k in (1, 3, 13, 25):
    c = caesar(msg, k)
    print(k, c, caesar(c, -k) == msg)
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", -1))
freq = {c: 0 for c in LOWER}
for ch in caesar(msg, 7).lower():
    if ch in freq:
        freq[ch] += 1
print("".join(c for c in sorted(freq, key=lambda c: (-freq[c], c))[:6]))
tbl = str.maketrans(LOWER, LOWER[13:] + LOWER[:13])
print(msg.lower().translate(tbl))
print(LOWER.upper()[:5], "".join(str(d) for d in range(10)))

MORSE = {"A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
         "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
         "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
         "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--"}
BACK = {v: k for k, v in MORSE.items()}


def encode(s):
    return " / ".join(" ".join(MORSE[c] for c in w) for w in s.upper().split())


def decode(m):
    return " ".join("".join(BACK[c] for c in w.split()) for w in m.split(" / "))


msg = "sos help at 3 am"
e = encode(msg)
print(e)
print(decode(e), decode(e) == msg.upper())
try:
    encode("hi!")
except KeyError as ex:
    print("KeyError", ex)
bits = " ".join(format(b, "08b") for b in "Hi☃".encode("utf-8"))
print(bits)
print(bytes(int(b, 2) for b in bits.split()).decode("utf-8"))
print(sorted(MORSE, key=lambda c: (len(MORSE[c]), MORSE[c]))[:8])
hexdump = ["%04x  %s  %s" % (i, " ".join("%02x" % b for b in chunk), "".join(chr(b) if 32 <= b < 127 else "." for b in chunk))
           for i, chunk in ((i, b"Model output:\n\x00\x01 ok\t!"[i:i + 8]) for i in range(0, 22, 8))]
print("\n".join(hexdump))

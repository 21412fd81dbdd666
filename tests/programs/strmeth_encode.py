for s in ["hello", "héllo", "日本語", "emoji 🎉", ""]:
    print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"),
          s.encode("ascii", errors="replace"), s.encode(encoding="UTF8"))
print("café".encode("latin-1"), "café".encode("iso-8859-1"))
for s, enc in [("héllo", "ascii"), ("naïve café", "ascii"), ("日本", "latin-1"), (chr(0xd800), "utf-8"), ("ab" + chr(0xdc80) + chr(0xdc81), "utf-8")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
try:
    "x".encode("rot13x")
except LookupError as e:
    print("LookupError", e)
for b in [b"hello", "héllo".encode(), "日本語".encode(), b"\xe9t\xe9"]:
    print(b.decode("utf-8", "replace"), b.decode("latin-1"), b.decode("ascii", "ignore"), b.decode(errors="ignore"))
for b in [b"\xff", b"ab\xc3", b"\xe6\x97", b"\xe6\x97x", b"\xed\xa0\x80", b"\xf0\x90\x80", b"\x80abc", b"\xc0\xaf"]:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print(repr(b.decode("utf-8", "replace")))
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    b"\xff".decode()
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
print("héllo".encode().decode() == "héllo", len("日本".encode("utf-8")))

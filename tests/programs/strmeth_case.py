words = ["hello world", "HELLO", "ǅungla", "ßtraße", "ΣΊΣΥΦΟΣ", "ΌΣΟΣ Σ", "aΣ b", "Σa", "a.Σ.", "ﬁre", "İstanbul", "they're bill's", "123abc", "", "ÀÉÎ", "ǆ"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()), w.istitle(), w.isupper(), w.islower())
print("ΑΣ".lower(), "ΑΣ.".lower(), "Σ".lower(), "ΑΣΑ".lower(), "Α'Σ".lower())
print("ß".casefold() == "SS".casefold(), "Straße".casefold())
for w in ["Title Case", "Not title", "ALL", "A1 B2", "", "ǅ", "Hello World!", "hello"]:
    print(repr(w), w.istitle())

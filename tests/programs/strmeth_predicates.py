samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.3", " ", "\t\n", "a b", "Ünïcödé", "ΑΒΓ", "αβγ",
           "٣", "²", "Ⅷ", "_", "a_b", "Title Case Words", "hello World", "x1", "1x", "\u00a0", "日本"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())

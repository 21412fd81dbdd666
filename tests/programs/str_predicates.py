# is* predicates on a variety of strings.
samples = ["123", "12.3", "-1", "", " ", "abc", "ABC", "Abc", "abc123", "a b", "\t\n",
           "Hello World", "hello World", "_id", "id_2", "2id", "½", "²", "٣", "é", "ß",
           "Title Case Here", "UPPER 123", "lower 123", "123 ", "A1B2"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.isascii(),
          s.isprintable())

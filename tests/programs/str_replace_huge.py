# str.replace on strings past the interpreter's search chunk (4M characters),
# where the result is sized by a counting pass first: growing, shrinking,
# with a count, and with nothing to replace.
s = "ab" * (3 * 10 ** 6)
for old, new, count in [("a", "xyz", -1), ("ab", "", -1), ("b", "q", 5), ("a", "xyz", 3),
                        ("zz", "y", -1), ("ab", "c", 10 ** 6), ("ba", "BA", -1)]:
    r = s.replace(old, new, count)
    print(old, new, count, len(r), r[:9], r[-9:], r.count(new) if new else 0)

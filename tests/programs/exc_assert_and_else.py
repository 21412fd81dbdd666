def check_matrix(m):
    assert isinstance(m, list), "not a list"
    assert m, "empty matrix"
    w = len(m[0])
    for i, row in enumerate(m):
        assert len(row) == w, f"row {i} has {len(row)} cols, expected {w}"
    return len(m), w


for m in [[[1, 2], [3, 4]], [], "x", [[1], [2, 3]]]:
    try:
        print(check_matrix(m))
    except AssertionError as e:
        print("AssertionError:", e)


def lookup(d, k):
    try:
        v = d[k]
    except KeyError:
        result = "missing"
    else:
        result = "found %r" % (v,)
    finally:
        result += "!"
    return result


print(lookup({"a": 1}, "a"), lookup({}, "b"))


def early(x):
    try:
        if x:
            return "try-return"
    finally:
        print("  finally for", x)
    return "after"


print(early(1), early(0))


def finally_overrides():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"


print(finally_overrides())
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert", repr(e), e.args)
errs = []
for x in ["1", "a", None, "3"]:
    try:
        n = int(x)
    except (TypeError, ValueError) as e:
        errs.append(type(e).__name__)
        continue
    else:
        errs.append(n)
print(errs)

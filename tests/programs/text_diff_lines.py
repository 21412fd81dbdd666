A = """the quick brown fox
jumps over
the lazy dog
and runs away
into the forest""".splitlines()
B = """the quick brown fox
leaps over
the lazy dog
into the forest
at dawn""".splitlines()


def lcs_table(a, b):
    T = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            T[i][j] = T[i + 1][j + 1] + 1 if a[i] == b[j] else max(T[i + 1][j], T[i][j + 1])
    return T


def diff(a, b):
    T = lcs_table(a, b)
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append("  " + a[i])
            i += 1
            j += 1
        elif T[i + 1][j] >= T[i][j + 1]:
            out.append("- " + a[i])
            i += 1
        else:
            out.append("+ " + b[j])
            j += 1
    out += ["- " + x for x in a[i:]] + ["+ " + x for x in b[j:]]
    return out


d = diff(A, B)
print("\n".join(d))
print(sum(1 for l in d if l[0] == "-"), "removed", sum(1 for l in d if l[0] == "+"), "added")
print("\n".join(diff(list("kitten"), list("sitting"))).replace("\n", " | "))
sim = 2 * lcs_table(A, B)[0][0] / (len(A) + len(B))
print("similarity %.3f" % sim)

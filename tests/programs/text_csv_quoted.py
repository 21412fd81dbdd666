SRC = '''name,city,notes,score
"Smith, John",Boston,"said ""hi""",88
Jane Doe,"New York","",92
"O'Brien",Dublin,plain,75
"Multi, Part, Name",Paris,"a,b,c",60'''


def parse_line(line):
    fields = []
    cur = []
    inq = False
    i = 0
    while i < len(line):
        ch = line[i]
        if inq:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    inq = False
            else:
                cur.append(ch)
        elif ch == '"':
            inq = True
        elif ch == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append("".join(cur))
    return fields


def quote(field):
    if any(c in field for c in ',"\n'):
        return '"' + field.replace('"', '""') + '"'
    return field


rows = [parse_line(l) for l in SRC.splitlines()]
for r in rows:
    print(len(r), r)
header, body = rows[0], rows[1:]
recs = [dict(zip(header, r)) for r in body]
print(sorted(r["name"] for r in recs))
print(sum(int(r["score"]) for r in recs) / len(recs))
out = "\n".join(",".join(quote(f) for f in r) for r in rows)
print(out == SRC)
print(out.splitlines()[1])
widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
for r in rows:
    print(" | ".join(f.ljust(w) for f, w in zip(r, widths)))

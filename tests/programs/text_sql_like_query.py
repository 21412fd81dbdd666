TABLE = [
    {"id": 1, "name": "ann", "dept": "eng", "salary": 120, "age": 34},
    {"id": 2, "name": "bob", "dept": "ops", "salary": 90, "age": 45},
    {"id": 3, "name": "cid", "dept": "eng", "salary": 125, "age": 29},
    {"id": 4, "name": "dee", "dept": "hr", "salary": 70, "age": 38},
    {"id": 5, "name": "eve", "dept": "ops", "salary": 95, "age": 29},
    {"id": 6, "name": "fay", "dept": "eng", "salary": 150, "age": 51},
]
OPS = {"=": lambda a, b: a == b, "!=": lambda a, b: a != b, ">": lambda a, b: a > b,
       "<": lambda a, b: a < b, ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b}


def value(tok):
    return int(tok) if tok.lstrip("-").isdigit() else tok.strip("'")


def query(q):
    words = q.split()
    assert words[0].upper() == "SELECT", "only SELECT"
    up = [w.upper() for w in words]
    cols = " ".join(words[1:up.index("FROM")]).replace(" ", "").split(",")
    rows = TABLE
    if "WHERE" in up:
        i = up.index("WHERE")
        end = up.index("ORDER") if "ORDER" in up else len(words)
        conds = " ".join(words[i + 1:end]).split(" AND ")
        for c in conds:
            f, op, v = c.split()
            rows = [r for r in rows if OPS[op](r[f], value(v))]
    if "ORDER" in up:
        i = up.index("ORDER")
        key = words[i + 2]
        desc = i + 3 < len(words) and up[i + 3] == "DESC"
        rows = sorted(rows, key=lambda r: r[key], reverse=desc)
    if cols == ["*"]:
        cols = list(TABLE[0])
    return [tuple(r[c] for c in cols) for r in rows]


for q in ["SELECT name, salary FROM t WHERE dept = 'eng' ORDER BY salary DESC",
          "SELECT * FROM t WHERE age < 35",
          "SELECT id FROM t WHERE salary >= 90 AND dept != 'eng' ORDER BY id",
          "SELECT name FROM t ORDER BY age",
          "UPDATE t SET x = 1"]:
    try:
        print(q, "->", query(q))
    except AssertionError as e:
        print(q, "-> error:", e)

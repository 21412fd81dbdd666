ROWS = [
    {"id": "1", "email": "ann@example.com", "age": "34", "country": "PT"},
    {"id": "2", "email": "bob(at)example.com", "age": "29", "country": "UK"},
    {"id": "3", "email": "cy@example", "age": "-4", "country": "pt"},
    {"id": "", "email": "dee@example.org", "age": "41", "country": "DE"},
    {"id": "5", "email": "eve@example.net", "age": "abc", "country": "FR"},
    {"id": "6", "email": "fox@example.com", "age": "130", "country": "XX"},
]
COUNTRIES = {"PT", "UK", "DE", "FR", "US"}


def checks(row):
    if not row["id"]:
        yield "id", "missing"
    e = row["email"]
    if e.count("@") != 1 or "." not in e.split("@")[-1]:
        yield "email", f"malformed {e!r}"
    try:
        a = int(row["age"])
        if not 0 <= a <= 120:
            yield "age", f"out of range {a}"
    except ValueError:
        yield "age", f"not a number {row['age']!r}"
    if row["country"] not in COUNTRIES:
        fixed = row["country"].upper()
        yield "country", f"unknown {row['country']!r}" + (f" (did you mean {fixed!r}?)" if fixed in COUNTRIES else "")


def report(rows):
    for i, row in enumerate(rows, 1):
        problems = list(checks(row))
        yield i, problems


by_field = {}
clean = 0
for line, problems in report(ROWS):
    if not problems:
        clean += 1
        continue
    for field, msg in problems:
        by_field.setdefault(field, []).append(line)
        print(f"line {line}: {field}: {msg}")
print("clean rows:", clean, "of", len(ROWS))
print({k: v for k, v in sorted(by_field.items())})

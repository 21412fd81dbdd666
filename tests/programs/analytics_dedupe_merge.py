A = [("id1", "Ann Lee", "ann@x.com", "2024-01-05"), ("id2", "Bob Ray", "bob@x.com", "2024-02-01"),
     ("id3", "Cy Zed", "CY@X.COM", "2024-01-20")]
B = [("b7", "ann lee", "Ann@X.com", "2024-03-01"), ("b8", "Dee Fox", "dee@y.org", "2024-01-15"),
     ("b9", "Cy  Zed", "cy@x.com", "2023-12-31"), ("b10", "Bob Ray", "bobby@x.com", "2024-02-10")]


def norm_email(e):
    return e.strip().lower()


def norm_name(n):
    return " ".join(n.split()).title()


merged = {}
for src, rows in (("A", A), ("B", B)):
    for rid, name, email, date in rows:
        key = norm_email(email)
        rec = merged.get(key)
        if rec is None:
            merged[key] = {"name": norm_name(name), "ids": [src + ":" + rid], "first": date, "last": date}
        else:
            rec["ids"].append(src + ":" + rid)
            rec["first"] = min(rec["first"], date)
            rec["last"] = max(rec["last"], date)
for email in sorted(merged):
    r = merged[email]
    print(f"{email:<12} {r['name']:<8} {','.join(r['ids']):<12} {r['first']}..{r['last']}")
by_name = {}
for email, r in merged.items():
    by_name.setdefault(r["name"], []).append(email)
print({n: sorted(e) for n, e in sorted(by_name.items()) if len(e) > 1})
print(len(A) + len(B), "->", len(merged))

rows = [("ops", "bob", 45, 90000.0), ("eng", "ann", 34, 120000.0), ("eng", "cid", 29, 120000.0),
        ("hr", "dee", 38, 70000.0), ("ops", "eve", 29, 95000.0), ("eng", "fay", 51, 150000.0),
        ("hr", "gus", 38, 70000.0), ("ops", "hal", 45, 90000.0)]
by_dept_then_salary_desc = sorted(rows, key=lambda r: (r[0], -r[3], r[1]))
for r in by_dept_then_salary_desc:
    print("%-4s %-4s %3d %10.1f" % r)
step = sorted(rows, key=lambda r: r[1])
step = sorted(step, key=lambda r: r[2])
step = sorted(step, key=lambda r: r[0], reverse=True)
print([r[1] for r in step])
print([r[1] for r in sorted(rows, key=lambda r: r[3], reverse=True)])
print([r[1] for r in sorted(reversed(rows), key=lambda r: r[3], reverse=True)])
rows_list = list(rows)
rows_list.sort(key=lambda r: r[2] % 10)
print([(r[1], r[2]) for r in rows_list])
pos = {"hr": 0, "eng": 1, "ops": 2}
print([r[1] for r in sorted(rows, key=lambda r: (pos[r[0]], r[1]))])
print(sorted(["10", "9", "2", "33", "1"]), sorted(["10", "9", "2", "33", "1"], key=int), sorted(["b", "A", "a", "B"], key=lambda s: (s.lower(), s)))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1]]), sorted([3.5, 2, 3, -1.25]))

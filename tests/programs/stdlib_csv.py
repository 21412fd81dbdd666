# csv: reader (quotes, doubled quotes, newlines in quoted fields, dialects,
# QUOTE_NONNUMERIC), writer (minimal quoting, QUOTE_ALL/NONNUMERIC, None,
# floats), DictReader/DictWriter, errors.
import csv
import io

text = 'name,qty,price,note\r\nwidget,3,2.50,"plain"\r\n"gadget, large",1,10,"said ""hi"""\r\n' \
       'thing,,0.1,"multi\nline"\r\n\r\nlast,7,1e3,\r\n'
rows = list(csv.reader(io.StringIO(text)))
for r in rows:
    print(r)
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")))
r = csv.reader(io.StringIO("x,y\n1,2\n"))
print(next(r), r.line_num, next(r), r.line_num)

out = io.StringIO()
w = csv.writer(out)
w.writerow(["plain", "with,comma", 'quote"d', "new\nline", None, 3, 2.5, 0.1, True, ""])
w.writerow([""])
w.writerows([[1, 2], ["a", "b"]])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["a", 1, None])
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerow(["a", 1, 2.5])
csv.writer(out, dialect="unix").writerow(["u", 2])
print(repr(out.getvalue()))

data = io.StringIO("region,sales,units\nnorth,100.5,3\nsouth,80,\n\neast,1,2,extra\nwest\n")
dr = csv.DictReader(data, restkey="rest", restval="NA")
print(dr.fieldnames)
for row in dr:
    print(row)
totals = {}
for row in csv.DictReader(io.StringIO("k,v\na,1\nb,2\na,3\n")):
    totals[row["k"]] = totals.get(row["k"], 0) + int(row["v"])
print(totals)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "name": "Ann", "score": 9.5})
dw.writerows([{"id": 2, "name": "Bo, Jr."}, {"id": 3, "name": 'Cy "C"', "score": 7}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 4, "oops": 1})
except ValueError as e:
    print("ValueError:", e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(["a|b|'c'"], "pipes")), "pipes" in csv.list_dialects())
out = io.StringIO()
csv.writer(out, "pipes", lineterminator="\n").writerow(["x|y", "z"])
print(repr(out.getvalue()))
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error:", e)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(['a,"b'])))
try:
    csv.writer(io.StringIO(), delimiter="::")
except TypeError as e:
    print("TypeError:", e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)

# and/or return operands; short-circuit evaluation.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or "x")
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or 5)
trace = []
def t(v):
    trace.append(v)
    return v
r = t(0) and t(1)
print(r, trace)
trace = []
r = t(1) or t(2)
print(r, trace)
trace = []
r = t(0) or t(0) and t(3) or t(4)
print(r, trace)
print(not 0, not 1, not [], not [0], not "")
x = 7
if x > 5 and x < 10 or x == 100:
    print("in range")
if not (x > 5 and x < 6):
    print("not narrow")
if x and not x - 7:
    print("seven")
print("yes" if x else "no", "yes" if not x else "no")
y = 1 if x < 0 else 2 if x < 5 else 3
print(y)

# for/while else clauses, nested break/continue, range edge cases.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print("not found", target)
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while else ran", n)
while True:
    break
else:
    print("never")
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j, end="; ")
    else:
        print("inner done", i)
print()
print(list(range(0)), list(range(-3)), list(range(5, 0)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(-5, 5, 4)), list(range(2, -8, -5)), len(range(0, 100, 7)), range(1, 10, 2)[2], range(10)[-1])
print(range(5), range(1, 5), range(1, 10, 2), 3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(list(range(10)[2:8:2]), range(10)[::-1][0], list(range(3)) == [0, 1, 2], range(3) == range(0, 3))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
total = 0
for x in range(100):
    if x % 2:
        continue
    if x > 50:
        break
    total += x
print(total)
i = 10
while i:
    i -= 3
    if i < 0:
        break
print(i)
for c in "ab":
    pass
print(c)
for k in {}:
    print("never")
print("end")

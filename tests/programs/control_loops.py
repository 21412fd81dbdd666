# while/for with break, continue and else clauses.
for i in range(5):
    if i == 3:
        break
    print("for", i)
else:
    print("never")
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("while", n)
else:
    print("never")
while False:
    print("never")
else:
    print("while-else ran")
for x in []:
    print("never")
else:
    print("empty for-else")
for i in range(3):
    for j in range(3):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
found = None
for a in range(2, 20):
    for b in range(2, a):
        if a % b == 0:
            break
    else:
        found = a
print("largest prime < 20:", found)
k = 0
while True:
    k += 1
    if k > 4:
        break
print(k)
for i, ch in enumerate("abc"):
    print(i, ch, end="; ")
print()
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)

d = {1: 'a', 2: 'b', 3: 'c'}
for k, v in d.items():
    d[3] = 'z'
    print(k, v)
d2 = {1: 1, 2: 2}
try:
    for k in d2:
        d2[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(list(d.values()), list(d.keys()), list(d.items()))
x = {(1, 'a'): 1, (2, (3, 4)): 2}
print(x[(1, 'a')], x[(2, (3, 4))], (1, 'a') in x, (1, 'b') in x)

vals = [complex(1, 1), complex(0, 2), complex(-3, 0.5), complex(2, -2), complex(1e-3, 1e3), 2, -1.5, complex(0, 0)]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(a / b)
        except ZeroDivisionError:
            row.append("zde")
    print(a, row)
for a in vals[:5]:
    print(a, a * a, a ** 2, a ** -2, a ** 0.5, a ** complex(0, 1), abs(a), a.conjugate(), -a)
print(complex(1, 2) ** 100, complex(0.5, 0.5) ** 101, complex(1, 1) ** 3.0)
x = complex(2, 3)
x += 1
x *= complex(0, 1)
x -= 2.5
x /= 2
print(x, x == complex(-4, 1.5), x != 0)
print(sum([complex(1, 1), complex(2, 2), 3]), complex(3, 4) * 0, 0 * complex(3, 4), 1 / complex(0, 1))
try:
    complex(1, 2) // 2
except TypeError as e:
    print("TypeError", e)
try:
    complex(1, 2) % 2
except TypeError as e:
    print("TypeError", e)

try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print(e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(e)
print(repr(round(False, 2)), repr(round(True, 1)), repr(round(True)), repr(round(True, -1)))

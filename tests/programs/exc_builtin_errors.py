# Error messages of common failing operations.
def attempt(label, thunk_index):
    try:
        if thunk_index == 0:
            return 1 / 0
        if thunk_index == 1:
            return 1 // 0
        if thunk_index == 2:
            return [1][thunk_index * 0.5]
        if thunk_index == 3:
            return [1, 2][5]
        if thunk_index == 4:
            return {"a": 1}["b"]
        if thunk_index == 5:
            return "a" + 1
        if thunk_index == 6:
            return int("12a")
        if thunk_index == 7:
            return (1, 2)[-3]
        if thunk_index == 8:
            return 1.0 / 0
        if thunk_index == 9:
            return len(5)
        if thunk_index == 10:
            return "abc"[10]
        if thunk_index == 11:
            return [] < 3
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)
    except IndexError as e:
        print(label, "IndexError:", e)
    except KeyError as e:
        print(label, "KeyError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)
    except ValueError as e:
        print(label, "ValueError:", e)
for i in range(12):
    attempt("case" + str(i), i)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)

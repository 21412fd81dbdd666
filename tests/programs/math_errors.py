# math module: domain and range errors.
import math
def attempt(label, which):
    try:
        if which == 0:
            r = math.sqrt(-1)
        elif which == 1:
            r = math.log(0)
        elif which == 2:
            r = math.log(-5)
        elif which == 3:
            r = math.exp(1000)
        elif which == 4:
            r = math.factorial(-1)
        elif which == 5:
            r = math.factorial(2.5)
        elif which == 6:
            r = math.acos(2)
        elif which == 7:
            r = math.log(10, 1)
        elif which == 8:
            r = math.log(-1, 10)
        elif which == 9:
            r = math.floor(float("inf"))
        elif which == 10:
            r = math.ceil(float("nan"))
        elif which == 11:
            r = math.sqrt("4")
        elif which == 12:
            r = math.fmod(1, 0)
        elif which == 13:
            r = math.exp(710)
        else:
            r = math.gcd(1.5, 2)
        print(label, "ok", r)
    except ValueError as e:
        print(label, "ValueError:", e)
    except OverflowError as e:
        print(label, "OverflowError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)
for i in range(15):
    attempt("case%d" % i, i)
print(math.sqrt(float("inf")), math.exp(float("-inf")), math.log(float("inf")), math.isnan(math.sqrt(float("nan"))))

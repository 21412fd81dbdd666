# isinstance with builtin types and exception classes.
values = [1, 1.5, "s", b"b", True, None, [1], (1,), {"a": 1}]
for v in values:
    kinds = []
    if isinstance(v, bool):
        kinds.append("bool")
    if isinstance(v, int):
        kinds.append("int")
    if isinstance(v, float):
        kinds.append("float")
    if isinstance(v, str):
        kinds.append("str")
    if isinstance(v, list):
        kinds.append("list")
    if isinstance(v, tuple):
        kinds.append("tuple")
    if isinstance(v, dict):
        kinds.append("dict")
    print(repr(v), kinds)
e = KeyError("k")
print(isinstance(e, KeyError), isinstance(e, LookupError), isinstance(e, Exception),
      isinstance(e, BaseException), isinstance(e, IndexError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(OverflowError(), ArithmeticError))
print(isinstance(RecursionError(), RuntimeError), isinstance(UnboundLocalError(), NameError))
print(isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
print(isinstance(1, (str, (list, int))))

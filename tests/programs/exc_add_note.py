# BaseException.add_note (3.11): notes collect in __notes__.
def validate(row):
    try:
        return float(row["value"])
    except ValueError as e:
        e.add_note(f"while parsing row {row['id']}")
        e.add_note("check the input file")
        raise


try:
    validate({"id": 7, "value": "abc"})
except ValueError as e:
    print(type(e).__name__, e, e.__notes__)


class ModelError(Exception):
    pass


err = ModelError("diverged")
print(hasattr(err, "__notes__"))
err.add_note("step 12")
print(err.__notes__, err.args)
try:
    err.add_note(5)
except TypeError as te:
    print("TypeError:", te)
err.__notes__ = "not a list"
try:
    err.add_note("x")
except TypeError as te:
    print("TypeError:", te)

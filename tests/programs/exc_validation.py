class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


class RangeError(ValidationError):
    def __init__(self, field, value, lo, hi):
        super().__init__(field, f"{value} not in [{lo}, {hi}]")
        self.value = value


SCHEMA = {"age": (int, 0, 130), "height": (float, 0.3, 2.8), "name": (str, None, None)}


def validate(rec):
    errors = []
    for field, (typ, lo, hi) in SCHEMA.items():
        try:
            if field not in rec:
                raise ValidationError(field, "missing")
            raw = rec[field]
            try:
                v = typ(raw)
            except ValueError:
                raise ValidationError(field, "bad %s %r" % (typ.__name__, raw)) from None
            if lo is not None and not lo <= v <= hi:
                raise RangeError(field, v, lo, hi)
        except RangeError as e:
            errors.append(("range", str(e), e.value))
        except ValidationError as e:
            errors.append(("invalid", str(e), e.field))
    return errors


records = [{"age": "42", "height": "1.80", "name": "Ann"},
           {"age": "x", "height": "1.7", "name": "Bo"},
           {"age": "200", "height": "9", "name": "Cy"},
           {"height": "1.5"}]
for r in records:
    print(validate(r) or "ok")
try:
    raise RangeError("t", 5, 0, 1)
except ValidationError as e:
    print(type(e).__name__, e.args, e.field, e.value, isinstance(e, Exception), e.__cause__)

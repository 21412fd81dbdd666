class Report:
    title = "report"

    def __init__(self, rows):
        self.rows = rows

    def render(self):
        out = [self.header()]
        for r in self.rows:
            out.append(self.line(r))
        out.append(self.footer())
        return "\n".join(x for x in out if x is not None)

    def header(self):
        return self.title.upper()

    def line(self, r):
        return str(r)

    def footer(self):
        return None


class CsvReport(Report):
    title = "csv"

    def header(self):
        return ",".join(self.rows[0].keys()) if self.rows else ""

    def line(self, r):
        return ",".join(str(v) for v in r.values())


class TotalsMixin:
    def footer(self):
        tot = sum(r["qty"] for r in self.rows)
        return f"total qty={tot}"


class PrettyReport(TotalsMixin, Report):
    title = "pretty"

    def line(self, r):
        return "  ".join(f"{k}={v!r}" for k, v in r.items())


class PrettyCsv(TotalsMixin, CsvReport):
    def header(self):
        return "# " + super().header()


rows = [{"item": "pen", "qty": 3}, {"item": "ink", "qty": 12}, {"item": "pad", "qty": 1}]
for cls in (Report, CsvReport, PrettyReport, PrettyCsv):
    print("==", cls.__name__, [c.__name__ for c in cls.__mro__])
    print(cls(rows).render())
print(PrettyCsv.title, PrettyCsv.footer is TotalsMixin.footer, hasattr(Report, "footer"))
print(isinstance(PrettyCsv(rows), TotalsMixin), issubclass(PrettyReport, CsvReport))

# template methods, hooks overridden at different depths, attribute lookup order
class Report:
    title = "Report"
    width = 20

    def render(self, rows):
        lines = [self.header()]
        for row in rows:
            if self.keep(row):
                lines.append(self.format_row(row))
        lines.append(self.footer(len(lines) - 1))
        return "\n".join(lines)

    def header(self):
        return self.title.center(self.width, "=")

    def keep(self, row):
        return True

    def format_row(self, row):
        return str(row)

    def footer(self, n):
        return f"{n} rows"


class NumberReport(Report):
    title = "Numbers"

    def format_row(self, row):
        return f"{row:>8.2f}"


class PositiveReport(NumberReport):
    def keep(self, row):
        return row > 0

    def footer(self, n):
        return super().footer(n) + " (positive only)"


class WideReport(PositiveReport):
    width = 30


rows = [1.5, -2, 3.25, 0]
for cls in [Report, NumberReport, PositiveReport, WideReport]:
    print(cls.render(cls(), rows))
    print("-" * 4)

# instance attribute shadows class attribute, deleting it shows the class one again
r = WideReport()
r.width = 10
print(r.header())
del r.width
print(r.header())
print([c.__name__ for c in WideReport.__mro__])
print(WideReport.title, WideReport.width, PositiveReport.width)


# methods replaced on the class after instances exist
class Greeter:
    def greet(self):
        return "hi"


g = Greeter()


def loud(self):
    return "HI!"


Greeter.greet = loud
print(g.greet())
print(hasattr(Greeter, "greet"), hasattr(g, "missing"))

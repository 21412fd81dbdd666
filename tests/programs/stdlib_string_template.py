# string.Template: $name, ${name}, $$, substitute/safe_substitute with a
# mapping and keywords, invalid placeholders, get_identifiers, is_valid.
from string import Template
import string

t = Template("$who likes $what; ${who}'s total is $$${amount}.")
print(t.substitute(who="tim", what="kung pao", amount=12.5))
print(t.substitute({"who": "ann", "what": "tea", "amount": 3}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid())
for bad in ["cost: $5", "x ${", "a $ b", "${}", "line1\nline2 $!", "${9x}"]:
    tb = Template(bad)
    try:
        tb.substitute(x=1)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
    print(repr(tb.safe_substitute(x=1)), tb.is_valid())
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)
print(Template("$a$b${a}c $_x9 $Ab").substitute(a=1, b=2, _x9="u", Ab="cap"))
print(Template("${a} and ${b").safe_substitute(a="A"))


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %%100 %{name}s").substitute(name="it"))
report = Template("Region $region: revenue $$$revenue (${pct}% growth)")
rows = [{"region": "north", "revenue": "1,200", "pct": 5}, {"region": "south", "revenue": "900", "pct": -2}]
for r in rows:
    print(report.substitute(r))
print(string.Template is Template, Template("x").template)

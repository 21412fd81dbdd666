def render(tpl, ctx):
    out = []
    i = 0
    while True:
        j = tpl.find("{{", i)
        if j < 0:
            out.append(tpl[i:])
            break
        out.append(tpl[i:j])
        k = tpl.index("}}", j)
        expr = tpl[j + 2:k].strip()
        name, *filters = [p.strip() for p in expr.split("|")]
        val = ctx
        for part in name.split("."):
            val = val[part] if isinstance(val, dict) else getattr(val, part)
        for f in filters:
            if f == "upper":
                val = str(val).upper()
            elif f == "title":
                val = str(val).title()
            elif f.startswith("money"):
                val = "${:,.2f}".format(val)
            elif f.startswith("pad"):
                val = str(val).rjust(int(f[3:]))
            else:
                raise ValueError("unknown filter %r" % f)
        out.append(str(val))
        i = k + 2
    return "".join(out)


class Order:
    def __init__(self, num, total):
        self.num = num
        self.total = total


ctx = {"user": {"name": "ada lovelace", "tier": "gold"}, "order": Order(1042, 1234567.891), "n": 7}
print(render("Hello {{ user.name | title }} ({{user.tier|upper}})!", ctx))
print(render("Order #{{order.num}} total {{ order.total | money }}", ctx))
print(render("[{{ n | pad5 }}] no tags here", ctx))
print(render("plain", ctx))
for bad in ["{{ user.name | shout }}", "{{ user.missing }}", "{{ order.nope }}", "{{ open"]:
    try:
        render(bad, ctx)
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)

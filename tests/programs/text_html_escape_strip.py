ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}


def escape(s):
    return "".join(ESC.get(c, c) for c in s)


def unescape(s):
    for k, v in sorted(ESC.items(), key=lambda kv: kv[0] == "&"):
        s = s.replace(v, k)
    return s


def strip_tags(html):
    out = []
    inside = False
    for c in html:
        if c == "<":
            inside = True
        elif c == ">":
            inside = False
        elif not inside:
            out.append(c)
    return " ".join("".join(out).split())


def tags(html):
    found = []
    i = 0
    while (i := html.find("<", i)) != -1:
        j = html.index(">", i)
        name = html[i + 1:j].split()[0].strip("/")
        found.append(("/" if html[i + 1] == "/" else "") + name)
        i = j + 1
    return found


doc = '<div class="x"><p>Fish & chips <b>cost</b> <5 "quid"</p><br/><p>It\'s &lt;fine&gt;</p></div>'
print(escape('5 > 3 & "quotes" aren\'t <tags>'))
print(unescape(escape('a<b>&c"d\'e')) == 'a<b>&c"d\'e', unescape("&amp;lt;"))
print(strip_tags(doc))
print(tags(doc))
stack = []
ok = True
for t in tags(doc):
    if t.startswith("/"):
        ok = ok and stack and stack.pop() == t[1:]
    elif t != "br":
        stack.append(t)
print("balanced:", bool(ok) and not stack)

import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
for word in ["if", "If", "match", "None", "print", "", "async", "_", "yield"]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.kwlist) == keyword.kwlist)
from keyword import iskeyword
print([w for w in "for x in range ( lambda ) not".split() if iskeyword(w)])

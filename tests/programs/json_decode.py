# json.loads: values, escapes, numbers, hooks, and CPython's exact errors
import json

docs = ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E+2', '2e-2',
        '0.1', '123456789012345678901234567890', '-98765432109876543210', '1e400',
        '"plain"', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u20AC"',
        '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ud83d\\u0041"', '"\\ude00\\ud83d"',
        '[]', '{}', ' [ 1 , 2 , [ 3 ] ] ', '\n\t\r {"a" : {"b": [true, null]}}',
        '{"a": 1, "a": 2}', '"caf\u00e9 \U0001F600"', 'NaN', 'Infinity', '-Infinity',
        '[NaN, Infinity, -Infinity]', '{"": ""}', '[1.0, 10, 1e1, 1.25e-1]']
for doc in docs:
    v = json.loads(doc)
    print(repr(doc), "->", repr(v), type(v).__name__)

bad = ['', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a" 1}', '{"a": 1,}', '{a: 1}',
       "{'a': 1}", '{"a": }', '[1, 2', '"abc', '"abc\\', '"\\x"', '"\\u12"', '"\\u12g4"',
       '"\\ud83d\\uzzzz"', '"a\nb"', '"tab\there"', 'nul', 'tru', 'fals', 'Nan', 'Inf',
       '-', '-a', '01', '1.', '.5', '1e', '1e+', '+1', '[1] x', '{} {}', '"x" "y"',
       'truex', '[1,\n2,\n3,\n]', '\ufeff[]', '{"a":1\n,\n"b"}', '[-Infinityx]',
       '"\\u"', '"\\uD800\\u"', '1' * 4301, '-' + '2' * 4400]
for doc in bad:
    try:
        v = json.loads(doc)
        print(repr(doc[:30]), "->", repr(v))
    except json.JSONDecodeError as e:
        print(repr(doc[:30]), "JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno,
              e.doc == doc, isinstance(e, ValueError))
    except ValueError as e:
        print(repr(doc[:30]), "ValueError:", e)

print(json.loads('1' * 4300) % 1000)
print(json.loads('"a\nb"', strict=False))
print(repr(json.loads('"\x00\x1f"', strict=False)))
print(json.loads(b'{"bytes": [1, "\xc3\xa9"]}'))
print(json.loads(b'\xef\xbb\xbf[1]'))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)

# hooks
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1}', object_pairs_hook=lambda p: ("pairs", p),
                 object_hook=lambda d: ("dict", d)))
print(json.loads('[1.5, 2, 1e3, 7]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('[1, 2]', parse_int=float))
print(json.loads('{"x": [1, {"y": 2}]}', object_hook=lambda d: list(d)))


class Rev(json.JSONDecoder):
    def __init__(self):
        super().__init__(object_hook=self.hook)

    def hook(self, d):
        return {k[::-1]: v for k, v in d.items()}


print(json.loads('{"abc": {"xyz": 1}}', cls=Rev))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'))
print(dec.raw_decode('xx{"a": 1}', 2))
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(dec.decode('  {"k": "v"}  '))
try:
    dec.decode('[1] [2]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)

# round trips
data = {"name": "caf\u00e9", "n": [1, -2, 3.25, 1e100, None], "nested": {"t": True, "e": []},
        "big": 2 ** 100, "emoji": "\U0001F600", "ctrl": "\x01\x1f"}
for kw in [{}, {"ensure_ascii": False}, {"indent": 2}, {"sort_keys": True, "separators": (",", ":")}]:
    text = json.dumps(data, **kw)
    print(json.loads(text) == data, len(text))

# numbers: every float comes back bit for bit, written as repr or with fewer digits
import random
r = random.Random(5)
bad = 0
for i in range(3000):
    x = r.random() * 10.0 ** r.randint(-40, 40)
    texts = [repr(x), "%.3f" % x, "%.12e" % x, "%.15g" % -x, "%d.%de%d" % (r.randint(0, 999), r.randint(0, 999), r.randint(-330, 310))]
    for t in texts:
        if "inf" in t:
            continue
        if repr(float(json.loads(t))) != repr(float(t)):
            bad += 1
            print("mismatch", t)
print("float mismatches", bad)
print(json.loads("[0.1, 1e22, 1e23, 9007199254740993.0, 123456789012345.6, 1.7976931348623157e308, 5e-324, 2.2250738585072011e-308]"))
print(json.loads(bytearray(b'[1, "\xc3\xa9"]')))

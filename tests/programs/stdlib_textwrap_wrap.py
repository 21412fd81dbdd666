# textwrap.wrap/fill with the TextWrapper options
import textwrap

TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs!  How vexingly quick daft zebras jump? "
        "A well-known, state-of-the-art, hand-crafted approach -- really "
        "works---sometimes.  Supercalifragilisticexpialidocious words "
        "break\tacross\tlines\nand newlines too.")

for width in (1, 5, 10, 12, 17, 25, 40, 70, 200):
    print(width, textwrap.wrap(TEXT, width))

print(textwrap.fill(TEXT, 30))
print(textwrap.fill(TEXT, width=32, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(TEXT, 20, break_long_words=False))
print(textwrap.wrap(TEXT, 20, break_on_hyphens=False))
print(textwrap.wrap(TEXT, 15, break_on_hyphens=False, break_long_words=False))
print(textwrap.wrap(TEXT, 25, drop_whitespace=False))
print(textwrap.wrap(TEXT, 25, replace_whitespace=False))
print(textwrap.wrap(TEXT, 25, expand_tabs=False))
print(textwrap.wrap("a\tb\tc\td", 30, tabsize=4))
print(textwrap.wrap(TEXT, 40, fix_sentence_endings=True))
print(textwrap.wrap('He said "stop." Then "go!" And it ended.', 80,
                    fix_sentence_endings=True))
for n in (1, 2, 3):
    print(n, textwrap.wrap(TEXT, 30, max_lines=n))
    print(n, textwrap.wrap(TEXT, 30, max_lines=n, placeholder="..."))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("  \n ", 10) == "")
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))

# hyphens and dashes
for s in ["well-known", "x-ray", "a-b-c-d", "e-mail-address-book", "co--operate",
          "end--", "--start", "one--two--three", "1990-2000", "pre-1990s",
          "ab-cd-ef-gh-ij-kl-mn", "mother-in-law's-house", "a---b", "hello---world",
          "look.--Yes", "x -- y", "A-B", "a-b"]:
    print(repr(s), textwrap.wrap(s, 3), textwrap.wrap(s, 6), textwrap.wrap(s + " tail", 8))

w = textwrap.TextWrapper(width=12)
print(w.wrap("one two three four five six seven"))
w.width = 6
w.initial_indent = ">"
print(w.wrap("one two three four five six seven"))
print(w.fill("hyphenated-words-everywhere-in-here"))
print(textwrap.wrap("Ünïcödé wörds ärë fïnë-tóó ñ-ñ", 8))
print(textwrap.wrap("tab\there", 6))

for bad in (0, -1):
    try:
        textwrap.wrap("some text", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.wrap("some text", 4, max_lines=1, placeholder=" [long]")
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("", 0)
except ValueError as e:
    print("ValueError", e)

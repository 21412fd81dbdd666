"""Text wrapping and filling (CPython 3.11's `textwrap`, written for the
sandbox: it runs inside the guest like any guest code).

`wrap`, `fill`, `shorten`, `dedent`, `indent` and the `TextWrapper` class
with all of its options, splitting words, hyphens and em-dashes where
CPython does. CPython splits with regular expressions (there is no `re` in
the sandbox): here a small scanner finds the same chunks, so the class has
no `wordsep_re`, `wordsep_simple_re` or `sentence_end_re` attributes.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# the characters TextWrapper treats as whitespace: ASCII only, as CPython's
_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    # \w of a str pattern
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # [\w!"'&.,?]
    return _is_word(c) or c in '!"\'&.,?'


def _dashes_then_word(text, j):
    """True if text[j:] starts with two or more '-' followed by a word
    character (the em-dash lookahead)."""
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k])


def _split_words(text):
    """The chunks CPython's TextWrapper.wordsep_re splits text into: runs of
    whitespace, em-dashes between words, and words broken after their
    hyphens ('well-', 'known')."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if _is_ws(c):
            j = i + 1
            while j < n and _is_ws(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if (c == '-' and i > 0 and _is_word_punct(text[i - 1])):
            j = i
            while j < n and text[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word(text[j]):
                chunks.append(text[i:j])
                i = j
                continue
        # a word: the shortest run of non-whitespace that ends at a hyphen
        # between letters, before whitespace or the end, or before an
        # em-dash
        j = i + 1
        while True:
            if j >= n or _is_ws(text[j]):
                end = j
                break
            if text[j] == '-' and j + 1 < n and _is_letter(text[j + 1]):
                behind = ((j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or
                          (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-' and
                           _is_letter(text[j - 1])))
                if behind:
                    if j + 2 < n and _is_letter(text[j + 2]):
                        end = j + 1
                        break
                    if (j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3])):
                        end = j + 1
                        break
            if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
                end = j
                break
            j += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _split_whitespace(text):
    """Runs of whitespace and runs of anything else, in order."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # [a-z][\.\!\?][\"\']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and
            'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs of text into lines of at most `width` characters.
    The options are attributes of the same names, which may be changed
    between calls."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                if c != ' ':
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = _split_words(text)
        else:
            chunks = _split_whitespace(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # break after the last hyphen that fits, unless only
                # hyphens come before it
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        todo = chunks[::-1]             # the next chunk is todo[-1]
        while todo:
            line = []
            line_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and todo[-1].strip() == '' and lines:
                todo.pop()
            while todo:
                size = len(todo[-1])
                if line_len + size > width:
                    break
                line.append(todo.pop())
                line_len += size
            if todo and len(todo[-1]) > width:
                self._handle_long_word(todo, line, line_len, width)
                line_len = sum([len(c) for c in line])
            if self.drop_whitespace and line and line[-1].strip() == '':
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_allowed = (self.max_lines is None or
                            len(lines) + 1 < self.max_lines)
            rest_is_blank = (not todo or
                             (self.drop_whitespace and len(todo) == 1 and
                              not todo[0].strip()))
            if last_allowed or (rest_is_blank and line_len <= width):
                lines.append(indent + ''.join(line))
                continue
            # max_lines reached with text left: end with the placeholder
            while line:
                if line[-1].strip() and line_len + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                line_len -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to self.width, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped to self.width, as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (TextWrapper's options as
    keywords)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width, as one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to fit in width with the
    placeholder at the end."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """text with the whitespace common to the start of all its lines
    removed; lines of only blanks become empty."""
    lines = text.split('\n')
    for i in range(len(lines)):
        line = lines[i]
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        stripped = line.lstrip(' \t')
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        size = len(margin)
        lines = [line[size:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix added to the start of its lines (those for which
    predicate(line) is true; by default the lines that are not blank)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)

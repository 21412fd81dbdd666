"""String constants and capwords (CPython 3.11's `string`, written for the
sandbox: it runs inside the guest like any guest code). Formatter and
Template are missing until the sandbox has classes."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace"]


def capwords(s, sep=None):
    """Split s on sep (whitespace if None), capitalize each word, and join
    them with sep (a single space if None)."""
    joiner = sep
    if not joiner:
        joiner = " "
    return joiner.join([word.capitalize() for word in s.split(sep)])

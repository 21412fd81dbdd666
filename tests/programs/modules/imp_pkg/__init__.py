"""A package for the conformance program import_packages.py."""
from .base import Shape
from . import base

VERSION = "1.2"
INIT_LOG = ["imp_pkg"]


def describe():
    return "imp_pkg %s with %s" % (VERSION, Shape.__name__)

"""Builtin functions and built-in modules (interp_<name>.py), as RPython."""

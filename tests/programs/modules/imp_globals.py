# A user module for builtins_globals.py: globals() inside a module is that
# module's own namespace, whoever calls.
counter = 0


def own_globals():
    return globals()


def bump():
    globals()["counter"] += 1
    return counter


class Model:
    # __module__ is this module's __name__
    def kind(self):
        return type(self).__module__ + "." + type(self).__qualname__

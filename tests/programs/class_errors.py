# error messages around classes
class C:
    def method(self, a, b=2):
        return a + b

    @staticmethod
    def s(x):
        return x


c = C()

def attempt(label, fn, args):
    try:
        if len(args) == 0:
            r = fn()
        elif len(args) == 1:
            r = fn(args[0])
        else:
            r = fn(args[0], args[1])
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("ok", c.method, [1])
attempt("too many", c.method, [1, 2, ])
attempt("missing", c.method, [])
attempt("unbound missing self", C.method, [1])
attempt("static", C.s, [5])


def get_missing():
    return c.nothing


def get_class_missing():
    return C.nothing


def call_int_attr():
    c.x = 5
    return c.x()


def unsupported_add():
    return c + c


def unsupported_neg():
    return -c


def bad_base():
    class D(5):
        pass


def bad_base_list():
    class D(list):
        pass


def no_super_class():
    return super().x


def compare():
    return c < c


attempt("missing attr", get_missing, [])
attempt("class missing attr", get_class_missing, [])
attempt("not callable", call_int_attr, [])
attempt("add", unsupported_add, [])
attempt("neg", unsupported_neg, [])
attempt("super outside", no_super_class, [])
attempt("compare", compare, [])
attempt("len", len, [c])
attempt("iter", iter, [c])


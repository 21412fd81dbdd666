# Closures through class bodies: methods and class bodies using variables
# of the function around the class (CPython's scoping, LOAD_CLASSDEREF).


def make(scale):
    offset = 10

    class Scaler:
        factor = scale * 2          # the class body reads the function's variable

        def apply(self, x):
            return x * scale + offset   # a method reads it through the class

        def set_offset(self, v):
            nonlocal offset
            offset = v

    return Scaler


S = make(3)
s = S()
print(S.factor, s.apply(2))
s.set_offset(100)
print(s.apply(2), make(5)().apply(1))


def shadow():
    C = "function C"

    class K:
        C = "class C"               # a class attribute of the same name

        def m(self):
            return C                # the function's, not the class's

        D = C                       # the class's own

    return K().m(), K.C, K.D


print(shadow())


def class_reads_after_rebind():
    v = 1

    class A:
        w = v

    v = 2

    class B:
        w = v

    return A.w, B.w


print(class_reads_after_rebind())


def deepcopy_like():
    memo_kind = "memo"

    class Copier:
        def __init__(self):
            self.memo = {}

        def copy(self, x):
            if isinstance(x, list):
                return [self.copy(i) for i in x]
            return (memo_kind, x)

    return Copier().copy([1, [2, 3]])


print(deepcopy_like())


def nested_classes():
    tag = "t"

    class Outer:
        class Inner:
            def get(self):
                return tag * 2

        def get(self):
            return self.Inner().get() + tag

    return Outer().get()


print(nested_classes())


def class_in_method():
    class Base:
        def make(self):
            prefix = "p"

            class Local:
                def name(self):
                    return prefix + "-local"

            return Local().name()

    return Base().make()


print(class_in_method())


def unbound():
    class K:
        def m(self):
            return late

    try:
        K().m()
    except NameError as e:
        print("NameError:", e)
    late = 1
    return K().m()


print(unbound())


def class_namespace_wins():
    x = "outer"

    class K:
        y = x
        locals_x = "ignored"

    return K.y


print(class_namespace_wins())

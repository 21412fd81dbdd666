print("imp_circ_b: start")
import imp_circ_a
print("imp_circ_b: imp_circ_a is partial:", imp_circ_a.__name__)
B = "b"


def from_a():
    return imp_circ_a.A + "?"


print("imp_circ_b: end")

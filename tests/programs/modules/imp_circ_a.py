print("imp_circ_a: start")
import imp_circ_b
A = "a"


def from_b():
    return imp_circ_b.B + "!"


print("imp_circ_a: end, sees", imp_circ_b.B)

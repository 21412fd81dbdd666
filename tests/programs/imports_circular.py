import imp_circ_a
print("main: imported imp_circ_a")
import imp_circ_b
print(imp_circ_a.from_b(), imp_circ_b.from_a())
print(imp_circ_a.A, imp_circ_b.B)

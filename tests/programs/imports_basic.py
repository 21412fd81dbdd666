import imp_shapes
print(imp_shapes.__name__, imp_shapes.sides("square"), imp_shapes.sides("circle"))
import imp_shapes as again
print(again is imp_shapes)
from imp_shapes import register, SIDES as table
print(register("x"), register("y"), imp_shapes.registry)
print(sorted(table))
imp_shapes.SIDES["pentagon"] = 5
print(again.sides("pentagon"))


def inner():
    import imp_shapes
    from imp_shapes import registry
    return imp_shapes.register("z"), registry


print(inner())
imp_shapes.extra = 42
from imp_shapes import extra
print(extra)
import imp_uses_stdlib
print(imp_uses_stdlib.rank([1, 3, 5, 7], 4), imp_uses_stdlib.smallest([9, 2, 7, 1], 2))

for attempt in range(2):
    try:
        import imp_fails
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e)

try:
    from imp_shapes import nothing_here
except ImportError as e:
    print("ImportError", type(e).__name__)

try:
    import imp_does_not_exist
except ImportError as e:
    print("ImportError for a missing module")

import imp_shapes
try:
    imp_shapes.nothing_here
except AttributeError:
    print("AttributeError")
print(imp_shapes.sides("triangle"))

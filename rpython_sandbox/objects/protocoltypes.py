"""The types of builtin objects that have no type object elsewhere:
the iterators (list_iterator, dict_keyiterator, map, ...) and the dict
views (dict_keys, ...), made once per process.  They carry the protocol
dunders as slot functions (__iter__, __next__, __len__, __contains__),
as do generator, range, enumerate, zip and the function types
(__call__), so that `type(x).__name__` is CPython's and
collections.abc's structural checks (`isinstance(gen, Iterator)`,
`isinstance(f, Callable)`) see the methods."""

from rpython_sandbox.error import OperationError, oefmt
from rpython_sandbox.objects.typeobject import W_TypeObject

ITERATOR_TYPES = ["list_iterator", "tuple_iterator", "str_iterator", "str_ascii_iterator",
                  "dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
                  "range_iterator", "set_iterator", "map", "filter", "callable_iterator",
                  "reversed", "iterator", "arrayiterator"]
VIEW_TYPES = ["dict_keys", "dict_values", "dict_items"]


def slot_next(space, w_self, args):
    from rpython_sandbox.objects.generatorobject import W_Generator
    args.check(space, "__next__", 0, 0)
    if isinstance(w_self, W_Generator) and not w_self.is_coroutine:
        return w_self.send(space, space.w_None)     # StopIteration carries the value
    w_item = space.next(w_self)
    if w_item is None:
        raise OperationError(space.new_exception(space.w_StopIteration, []))
    return w_item


def slot_self_iter(space, w_self, args):
    args.check(space, "__iter__", 0, 0)
    return w_self


def slot_call(space, w_self, args):
    return space.call_args(w_self, args)


def _add(space, w_type, names):
    from rpython_sandbox.objects.builtinsub import SLOTS
    from rpython_sandbox.objects.classobject import W_SlotFunction
    for name in names:
        if name == "__next__":
            fn = slot_next
        elif name == "__call__":
            fn = slot_call
        elif name == "__iter__" and w_type.name != "range" and w_type.name not in VIEW_TYPES:
            fn = slot_self_iter        # an iterator is its own iterator
        else:
            fn = SLOTS[name]
        w_type.dict_w[name] = W_SlotFunction(name, w_type.name, fn, w_type)


def install(space):
    """Make the types and fill the dunders (called once by the space)."""
    space.protocol_types = {}
    for name in ITERATOR_TYPES:
        w_type = W_TypeObject(name, space.w_object)
        _add(space, w_type, ["__iter__", "__next__"])
        space.protocol_types[name] = w_type
    for name in VIEW_TYPES:
        w_type = W_TypeObject(name, space.w_object)
        _add(space, w_type, ["__iter__", "__len__", "__contains__"])
        space.protocol_types[name] = w_type
    for w_type in [space.w_generator, space.w_enumerate, space.w_zip]:
        _add(space, w_type, ["__iter__", "__next__"])
    _add(space, space.w_range, ["__iter__", "__len__", "__contains__", "__getitem__"])
    for w_type in [space.w_function, space.w_builtin_function, space.w_method]:
        _add(space, w_type, ["__call__"])
    # send, throw, close: what collections.abc.Generator looks for
    from rpython_sandbox.objects.generatorobject import W_Generator
    from rpython_sandbox.objects.typeattrs import W_UnboundMethod
    for name, method in W_Generator.methods.items():
        space.w_generator.dict_w[name] = W_UnboundMethod(space.w_generator, method)


def protocol_type(space, name):
    w_type = space.protocol_types.get(name, None)
    if w_type is None:
        raise oefmt(space, space.w_RuntimeError, "no type for '%s'", name)
    return w_type

"""Instance attributes stored by maps ("hidden classes", as PyPy's mapdict
and V8): instances of a class that got the same attribute names in the same
order share one AttributeMap (name -> slot), and each keeps only a
fixed-size array of values.

Why: an attribute read `self.x` would otherwise be a hash lookup in a
per-instance dict, which the JIT cannot remove. With the instance's map
promoted to a constant, `map.index("x")` is an elidable call on constants,
folded away at compile time: the read becomes a guard on the map and one
array load, and a new instance whose attributes are set in `__init__` can
stay virtual (never allocated) in compiled loops.

The maps of a class hang off its root map (W_TypeObject.attribute_root),
so they live and die with the class, in its sandbox. A guest cannot make
them grow without bound: an instance with more than MAX_ATTRIBUTES
attributes, or one that would need a map with more than MAX_TRANSITIONS
siblings, or a class with more than MAX_MAPS maps, keeps a plain dict
instead (slower, but no worse than before maps).
"""

from rpython.rlib import jit

MAX_ATTRIBUTES = 64
MAX_TRANSITIONS = 64
MAX_MAPS = 4096


class AttributeMap(object):
    _immutable_fields_ = ["names[*]", "indexes", "capacity", "root"]

    def __init__(self, names, root):
        self.names = names              # slot i holds the attribute names[i]
        self.indexes = {}
        for i in range(len(names)):
            self.indexes[names[i]] = i
        self.capacity = storage_capacity(len(names))
        self.root = root if root is not None else self
        self.transitions = {}           # name -> the map with it added
        self.count = 1                  # maps made from this root (root only)

    def length(self):
        return len(self.names)

    @jit.elidable
    def index(self, name):
        return self.indexes.get(name, -1)

    @jit.elidable
    def with_attribute(self, name):
        """The map of an instance of this map that gets `name`, or None if
        the instance should switch to a dict (the limits above)."""
        next_map = self.transitions.get(name, None)
        if next_map is not None:
            return next_map
        root = self.root
        if (len(self.names) >= MAX_ATTRIBUTES or
                len(self.transitions) >= MAX_TRANSITIONS or
                root.count >= MAX_MAPS):
            return None
        n = len(self.names)
        names = [""] * (n + 1)
        for i in range(n):
            names[i] = self.names[i]
        names[n] = name
        next_map = AttributeMap(names, root)
        root.count += 1
        self.transitions[name] = next_map
        return next_map

    def all_maps(self, result):
        """Append this map and every map made from it (for the memory
        pool's walk)."""
        result.append(self)
        for next_map in self.transitions.values():
            next_map.all_maps(result)


def storage_capacity(n):
    """Slots for n attributes: rounded up so that adding attributes one by
    one reallocates log(n) times, not n times."""
    if n == 0:
        return 0
    capacity = 4
    while capacity < n:
        capacity *= 2
    return capacity


def new_root():
    return AttributeMap([], None)


class MapStorage(object):
    """Mixin for W_ objects whose attributes live in a map: `attrmap` and
    `storage_w` (fixed-size, map.capacity long), or `dict_w` (name ->
    value) once the object left the maps (attrmap is None)."""
    _mixin_ = True

    def init_attributes(self, root):
        self.attrmap = root
        self.storage_w = None
        self.dict_w = None

    def attr_get(self, name):
        attrmap = jit.promote(self.attrmap)
        if attrmap is None:
            return self.dict_w.get(name, None)
        index = attrmap.index(name)
        if index < 0:
            return None
        return self.storage_w[index]

    def attr_set(self, name, w_value):
        attrmap = jit.promote(self.attrmap)
        if attrmap is None:
            self.dict_w[name] = w_value
            return
        index = attrmap.index(name)
        if index >= 0:
            self.storage_w[index] = w_value
            return
        next_map = attrmap.with_attribute(name)
        if next_map is None:
            self._switch_to_dict()
            self.dict_w[name] = w_value
            return
        if next_map.capacity != attrmap.capacity:
            self._grow(attrmap, next_map.capacity)
        self.storage_w[attrmap.length()] = w_value
        self.attrmap = next_map

    @jit.unroll_safe      # the map is a constant in a trace, so is its length
    def _grow(self, attrmap, capacity):
        storage_w = [None] * capacity
        for i in range(attrmap.length()):
            storage_w[i] = self.storage_w[i]
        self.storage_w = storage_w

    def attr_del(self, name):
        """Remove the attribute; False if there is none."""
        attrmap = self.attrmap
        if attrmap is None:
            if name not in self.dict_w:
                return False
            del self.dict_w[name]
            return True
        if attrmap.index(name) < 0:
            return False
        # Rebuild from the root with the other attributes, in their order
        # (what CPython's dict keeps after a del); deletes are rare.
        names, values_w = self.attr_items()
        self.attrmap = attrmap.root
        self.storage_w = None
        for i in range(len(names)):
            if names[i] != name:
                self.attr_set(names[i], values_w[i])
        return True

    def attr_items(self):
        """(names, values) in insertion order."""
        names = []
        values_w = []
        attrmap = self.attrmap
        if attrmap is None:
            for name, w_value in self.dict_w.items():
                names.append(name)
                values_w.append(w_value)
        else:
            for i in range(attrmap.length()):
                names.append(attrmap.names[i])
                values_w.append(self.storage_w[i])
        return names, values_w

    def attr_count(self):
        if self.attrmap is None:
            return len(self.dict_w)
        return self.attrmap.length()

    def attr_clear(self):
        if self.attrmap is None:
            self.dict_w.clear()     # it stays a dict: its layout was already unusual
        else:
            self.attrmap = self.attrmap.root
            self.storage_w = None

    def _switch_to_dict(self):
        names, values_w = self.attr_items()
        self.dict_w = {}
        for i in range(len(names)):
            self.dict_w[names[i]] = values_w[i]
        self.attrmap = None
        self.storage_w = None

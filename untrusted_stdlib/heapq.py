"""Heap queues on plain lists (CPython 3.11's `heapq`, written for the
sandbox: it runs inside the guest like any guest code).

A heap is a list h with h[k] <= h[2*k+1] and h[k] <= h[2*k+2]; h[0] is the
smallest item. The functions move items exactly as CPython's do, so the
lists they leave behind are the same item for item. `merge` is missing
until the sandbox has generators."""


def _check(heap, function, argument):
    if not isinstance(heap, list):
        raise TypeError("%s() %s must be list, not %s"
                        % (function, argument, type(heap).__name__))


def _float_up(heap, top, pos):
    # The item at pos moves towards the root (not past `top`) while it is
    # smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    # The item at pos goes down: first the smaller child of each level moves
    # up until a leaf is reached, then the item floats back up from there
    # (fewer comparisons than stopping on the way down: CPython's choice,
    # and what decides where equal items end up).
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _float_up(heap, top, pos)


def heappush(heap, item):
    """Push item onto heap, keeping it a heap."""
    _check(heap, "heappush", "argument 1")
    heap.append(item)
    _float_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off heap, keeping it a heap."""
    _check(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap must not be empty);
    the item returned may be larger than the one pushed."""
    _check(heap, "heapreplace", "argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest item, faster than both calls."""
    _check(heap, "heappushpop", "argument 1")
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink(heap, 0)
        return smallest
    return item


def heapify(x):
    """Make the list x a heap, in place, in linear time."""
    _check(x, "heapify", "argument")
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink(x, i)


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable:
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]

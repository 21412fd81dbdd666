"""Helpers shared by the sequence types (str, bytes, list, tuple, range):
index normalisation, slice arithmetic and the size check done before a
repetition allocates."""

from rpython_sandbox.error import oefmt


def normalize_index(space, index, length, typename):
    """A Python index (negative counts from the end) -> 0 <= i < length."""
    if index < 0:
        index += length
    if index < 0 or index >= length:
        raise oefmt(space, space.w_IndexError, "%s index out of range", typename)
    return index


def slice_indices(start, stop, step, length, has_start, has_stop):
    """CPython's PySlice_AdjustIndices: returns (start, stop, step, count)."""
    if step > 0:
        lower = 0
        upper = length
    else:
        lower = -1
        upper = length - 1
    if not has_start:
        if step < 0:
            start = upper
        else:
            start = lower
    else:
        if start < 0:
            start += length
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    if not has_stop:
        if step < 0:
            stop = lower
        else:
            stop = upper
    else:
        if stop < 0:
            stop += length
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    if step < 0:
        if stop < start:
            count = (start - stop - 1) // (-step) + 1
        else:
            count = 0
    else:
        if start < stop:
            count = (stop - start - 1) // step + 1
        else:
            count = 0
    return start, stop, step, count


def repeat_count(space, w_times, itemsize_bytes, length):
    """The repeat count of `seq * n` after checking the result fits the
    heap quota: refused before anything is allocated."""
    n = space.index_w(w_times)
    if n <= 0 or length == 0:
        return 0
    space.check_allocation(length, n, itemsize_bytes)
    return n

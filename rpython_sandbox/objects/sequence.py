"""Helpers shared by the sequence types (str, bytes, list, tuple, range):
index normalisation, slice arithmetic and the size check done before a
repetition allocates."""

from rpython.rlib.objectmodel import specialize

from rpython_sandbox.error import oefmt, OperationError


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


def contains_item(space, items_w, w_item):
    """`w_item in items` for list and tuple, with interrupt checks."""
    for i in range(len(items_w)):
        space.check_interrupts_every(i)
        if space.eq_w(items_w[i], w_item):
            return True
    return False


REPEAT_CHUNK = 1 << 20     # items copied between two interrupt checks


def repeat_items(space, items_w, n):
    """items_w * n, copied in chunks so a limit can stop a huge one."""
    total = len(items_w) * n
    if total <= REPEAT_CHUNK:
        return items_w * n
    result_w = [None] * total
    pos = 0
    since_check = 0
    for k in range(n):
        for w_item in items_w:
            result_w[pos] = w_item
            pos += 1
        since_check += len(items_w)
        if since_check >= REPEAT_CHUNK:
            space.charge_work(since_check)
            since_check = 0
    return result_w


@specialize.arg(3)
def repeat_string(space, s, n, buffer_class):
    """s * n for str or unicode (buffer_class: textbuffer's BytesBuffer or
    TextBuffer), copied in chunks of about REPEAT_CHUNK characters so a
    limit can stop a huge one."""
    total = len(s) * n
    if total <= REPEAT_CHUNK:
        return s * n
    per_chunk = REPEAT_CHUNK // len(s) + 1
    chunk = s * per_chunk
    out = buffer_class(total)
    done = 0
    while done + per_chunk <= n:
        space.charge_work(REPEAT_CHUNK)
        out.append(space, chunk)
        done += per_chunk
    out.append(space, s * (n - done))
    return out.build()


def repeat_count(space, w_times, itemsize_bytes, length):
    """The repeat count of `seq * n` after checking the result fits the
    heap quota: refused before anything is allocated."""
    try:
        n = space.index_w(w_times)
    except OperationError as e:
        if e.match(space, space.w_OverflowError):
            raise oefmt(space, space.w_OverflowError,
                        "cannot fit 'int' into an index-sized integer")
        raise
    if n <= 0 or length == 0:
        return 0
    space.check_allocation(length, n, itemsize_bytes)
    return n

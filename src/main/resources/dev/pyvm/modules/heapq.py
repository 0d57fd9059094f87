"""Heap queue (priority queue) algorithms, as CPython 3.11's heapq.

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k whose
children exist, so heap[0] is the smallest item. Only the < operator is used to compare
items. pyvm's own code, written from the documented behaviour; the sifting follows the
classic textbook algorithm (a hole moved down to a leaf, then the item bubbled up), so a
heap's layout after each operation is the one CPython's gives.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(fname, heap, which=' 1'):
    if not isinstance(heap, list):
        raise TypeError(f"{fname}() argument{which} must be list, not {type(heap).__name__}")


# ---- sifting (min-heap) ----

def _bubble_up(heap, top, pos):
    """Moves heap[pos] towards the root (not above index top) while it is smaller than its
    parent."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Restores the heap below pos: moves the smaller child up into the hole until a leaf is
    reached, puts heap[pos]'s item there and bubbles it up to its place."""
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
    _bubble_up(heap, top, pos)


# ---- sifting (max-heap, for nsmallest and merge(reverse=True)) ----

def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


# ---- the public operations ----

def heappush(heap, item, /):
    """Pushes item onto heap, keeping the heap invariant."""
    _check_list('heappush', heap)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pops and returns the smallest item of heap, keeping the heap invariant."""
    _check_list('heappop', heap, '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pops and returns the smallest item, then pushes item (the heap's size is unchanged).
    The returned value may be larger than item."""
    _check_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Pushes item on the heap, then pops and returns the smallest item: faster than
    heappush() followed by heappop()."""
    _check_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Transforms the list into a heap, in place, in linear time."""
    _check_list('heapify', heap, '')
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, i)


def _heapify_max(heap, /):
    """Transforms the list into a max-heap, in place."""
    _check_list('_heapify_max', heap, '')
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sink_max(heap, i)


def _heappop_max(heap, /):
    """Pops the largest item of a max-heap."""
    _check_list('_heappop_max', heap, '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    """Pops the largest item of a max-heap and pushes item."""
    _check_list('_heapreplace_max', heap)
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# ---- merge ----

def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted output (a generator), as
    sorted(itertools.chain(*iterables), key=key, reverse=reverse) but lazily; equal items come
    in the order of the iterables they come from."""
    if reverse:
        make_heap, replace, pop, sign = _heapify_max, _heapreplace_max, _heappop_max, -1
    else:
        make_heap, replace, pop, sign = heapify, heapreplace, heappop, 1
    # each entry: [key, order, value, iterator]; order breaks ties by the iterable's position
    entries = []
    for position, iterable in enumerate(iterables):
        advance = iter(iterable)
        try:
            value = next(advance)
        except StopIteration:
            continue
        if key is None:
            entries.append([value, position * sign, value, advance])
        else:
            entries.append([key(value), position * sign, value, advance])
    make_heap(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        advance = entry[3]
        while True:
            try:
                value = next(advance)
            except StopIteration:
                return
            yield value


# ---- nsmallest and nlargest ----

def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n]."""
    if n == 1:
        missing = object()
        result = min(iter(iterable), default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    source = iter(iterable)
    if n <= 0:
        return []
    # a max-heap of the n smallest seen so far: [key, order, value]; a later equal item
    # (larger order) never displaces an earlier one
    chosen = []
    order = 0
    for value in source:
        k = value if key is None else key(value)
        if order < n:
            chosen.append([k, order, value])
            order += 1
            if order == n:
                _heapify_max(chosen)
            continue
        if k < chosen[0][0]:
            _heapreplace_max(chosen, [k, order, value])
        order += 1
    chosen.sort()
    return [entry[2] for entry in chosen]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        missing = object()
        result = max(iter(iterable), default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    source = iter(iterable)
    if n <= 0:
        return []
    # a min-heap of the n largest seen so far: [key, -order, value]; an earlier equal item
    # ranks above a later one
    chosen = []
    order = 0
    for value in source:
        k = value if key is None else key(value)
        if order < n:
            chosen.append([k, -order, value])
            order += 1
            if order == n:
                heapify(chosen)
            continue
        if chosen[0][0] < k:
            heapreplace(chosen, [k, -order, value])
        order += 1
    chosen.sort(reverse=True)
    return [entry[2] for entry in chosen]

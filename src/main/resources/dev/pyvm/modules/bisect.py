"""Bisection algorithms on sorted sequences, as CPython 3.11's bisect.

pyvm's own code, written from the documented behaviour. As CPython's (C) functions, these
take lo (non-negative) and hi (None or -1 mean len(a)) as integers, compare only with <,
apply key to the sequence's items but never to x in the bisect functions, and insert with
list.insert (or the sequence's own insert method).
"""

from operator import index as _index

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _bounds(a, lo, hi):
    lo = _index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    else:
        try:
            hi = _index(hi)
        except TypeError:
            raise TypeError("argument should be integer or None, not '%s'" % type(hi).__name__) from None
        if hi == -1:
            hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index where x is to be inserted in the sorted a[lo:hi], after any items equal to
    it: all of a[lo:i] are <= x and all of a[i:hi] are > x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index where x is to be inserted in the sorted a[lo:hi], before any items equal to
    it: all of a[lo:i] are < x and all of a[i:hi] are >= x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted a, after any items equal to it (key, if given, is applied to
    x as well to find the place)."""
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted a, before any items equal to it (key, if given, is applied
    to x as well to find the place)."""
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right

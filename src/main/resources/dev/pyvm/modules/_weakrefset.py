"""WeakSet: a set whose items are held by weak references, as CPython 3.11's _weakrefset.

pyvm's own code, written from the documented behaviour. The items are kept as weakrefs (with
a callback that drops them once their object dies) in a plain set; iteration works on a
snapshot of that set, so an item that dies while the set is iterated is simply skipped.
"""

from _weakref import ref
import _collections_abc

__all__ = ['WeakSet']


class WeakSet:
    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            owner = selfref()
            if owner is not None:
                owner.data.discard(item)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def _live(self):
        for item in list(self.data):
            obj = item()
            if obj is not None:
                yield obj

    def __iter__(self):
        return self._live()

    def __len__(self):
        return sum(1 for item in list(self.data) if item() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def __getstate__(self):
        state = dict(vars(self))
        del state['data'], state['_remove']
        return state or None

    def __repr__(self):
        return repr(set(self._live()))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                item = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            obj = item()
            if obj is not None:
                return obj

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


_collections_abc.MutableSet.register(WeakSet)

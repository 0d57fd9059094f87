"""Weak references, as CPython 3.11's weakref module.

pyvm's own code, written from the documented behaviour. ref, proxy, getweakrefcount and
getweakrefs are pyvm's built-in _weakref; this module adds WeakMethod, the weak dictionaries
(WeakValueDictionary, WeakKeyDictionary), WeakSet (from _weakrefset) and finalize.

The weak dictionaries keep their entries in a plain dict: WeakValueDictionary maps each key
to a KeyedRef (a weakref that remembers its key) whose callback drops the entry once the value
dies; WeakKeyDictionary maps a weakref to each key to the value, its callback dropping the
entry once the key dies. Iteration works on a snapshot of the dict, so entries that die while
it runs are skipped and never break it.
"""

from _weakref import (getweakrefcount, getweakrefs, ref, proxy, CallableProxyType, ProxyType,
                      ReferenceType, _remove_dead_weakref)
from _weakrefset import WeakSet
import _collections_abc
import sys
import itertools

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when the object or the function dies, and
    calling it makes the bound method again."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _died(arg):
            me = me_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, _died)
        self._func_ref = ref(func, _died)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weakref that remembers a key: what WeakValueDictionary keeps for each value."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held by weak references: an entry goes once its value dies."""

    def __init__(self, other=(), /, **kw):
        def _value_died(wr, owner_ref=ref(self)):
            owner = owner_ref()
            if owner is not None:
                _remove_dead_weakref(owner.data, wr.key)

        self._remove = _value_died
        self.data = {}
        self.update(other, **kw)

    def _live_items(self):
        for key, wr in list(self.data.items()):
            obj = wr()
            if obj is not None:
                yield key, obj

    def __getitem__(self, key):
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, obj in self._live_items():
            new[key] = obj
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, obj in self._live_items():
            new[deepcopy(key, memo)] = obj
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        obj = wr()
        return default if obj is None else obj

    def items(self):
        return self._live_items()

    def keys(self):
        for key, obj in self._live_items():
            yield key

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for key, obj in self._live_items():
            yield obj

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            obj = wr()
            if obj is not None:
                return key, obj

    def pop(self, key, *args):
        try:
            obj = self.data.pop(key)()
        except KeyError:
            obj = None
        if obj is None:
            if args:
                return args[0]
            raise KeyError(key)
        return obj

    def setdefault(self, key, default=None):
        try:
            obj = self.data[key]()
        except KeyError:
            obj = None
        if obj is None:
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return obj

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, obj in other.items():
                self[key] = obj
        for key, obj in kwargs.items():
            self[key] = obj

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held by weak references: an entry goes once its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def _key_died(wr, owner_ref=ref(self)):
            owner = owner_ref()
            if owner is not None:
                try:
                    del owner.data[wr]
                except KeyError:
                    pass

        self._remove = _key_died
        if dict is not None:
            self.update(dict)

    def _live_items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self._live_items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self._live_items():
            new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        return self._live_items()

    def keys(self):
        for key, value in self._live_items():
            yield key

    __iter__ = keys

    def values(self):
        for key, value in self._live_items():
            yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies,
    when the finalizer is called, or at exit (unless its atexit attribute is false), whichever
    comes first. The finalizers left at exit run newest first."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(finalize._index_iter)
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Calls the function unless it ran already; returns its result (None if dead)."""
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """(obj, func, args, kwargs) and the finalizer dies; None if it is dead."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) while the finalizer lives; None if it is dead."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive."""
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        pending = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        pending.sort(key=lambda item: item[1].index)
        return [f for (f, i) in pending]

    @classmethod
    def _exitfunc(cls):
        # the collector stays off while the finalizers run, as CPython's does
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        import traceback
                        traceback.print_exc()
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()

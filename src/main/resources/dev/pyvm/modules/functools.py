"""Higher-order functions and operations on callables, as CPython 3.11's functools.

reduce, partial and cmp_to_key are pyvm's _functools, written in Java (CPython's are C); the
rest is here. Where pyvm lacks what a part needs, that part says so in its error.
"""

import abc as _abc
from _functools import reduce, partial, cmp_to_key

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


# ---- update_wrapper and wraps ----

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the assigned attributes that wrapped has, merges
    the updated ones (dicts) into wrapper's, and sets wrapper.__wrapped__ to wrapped."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last, so that a __wrapped__ copied from wrapped's __dict__ does not win
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(wrapper, wrapped, ...) to the function it decorates."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- total_ordering ----

# How each missing comparison follows from the one the class defines (its result r) and from
# equality: the derived method returns NotImplemented when the root does.
_NOT_R_AND_NE, _R_OR_EQ, _NOT_R, _NOT_R_OR_EQ, _R_AND_NE = range(5)

_DERIVATIONS = {
    '__lt__': (('__gt__', _NOT_R_AND_NE), ('__le__', _R_OR_EQ), ('__ge__', _NOT_R)),
    '__le__': (('__ge__', _NOT_R_OR_EQ), ('__lt__', _R_AND_NE), ('__gt__', _NOT_R)),
    '__gt__': (('__lt__', _NOT_R_AND_NE), ('__ge__', _R_OR_EQ), ('__le__', _NOT_R)),
    '__ge__': (('__le__', _NOT_R_OR_EQ), ('__gt__', _R_AND_NE), ('__lt__', _NOT_R)),
}


def _derived_comparison(root, name, how):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if how == _NOT_R_AND_NE:
            return not r and self != other
        if how == _R_OR_EQ:
            return r or self == other
        if how == _NOT_R:
            return not r
        if how == _NOT_R_OR_EQ:
            return not r or self == other
        return r and self != other
    compare.__name__ = name
    compare.__qualname__ = '_' + name.strip('_') + '_from_' + root.strip('_')
    return compare


def total_ordering(cls):
    """Class decorator: fills in the rich comparisons the class lacks from the one it defines."""
    roots = [name for name in _DERIVATIONS
             if getattr(cls, name, None) is not getattr(object, name, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # __lt__ first, then __le__, __gt__, __ge__
    for name, how in _DERIVATIONS[root]:
        if name not in roots:
            setattr(cls, name, _derived_comparison(root, name, how))
    return cls


# ---- lru_cache and cache ----

class _CacheInfo(tuple):
    """What cache_info() returns: (hits, misses, maxsize, currsize), with names."""
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    hits = property(lambda self: self[0], doc='calls answered from the cache')
    misses = property(lambda self: self[1], doc='calls that ran the function')
    maxsize = property(lambda self: self[2], doc='the bound of the cache, None for none')
    currsize = property(lambda self: self[3], doc='how many results the cache holds')


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'


class _KeywordMark:
    """Separates the positional arguments from the keywords in a cache key."""
    __slots__ = ()


_KWD_MARK = (_KeywordMark(),)


def _make_key(args, kwds, typed):
    """The cache key of a call: equal for calls that must share a result. A lone int or str
    argument is its own key (so f(1) and f(1.0) are cached apart, as in CPython)."""
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key = key + _KWD_MARK
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator: memoizes the function, keeping at most maxsize results (None: no bound), the
    least recently used dropped first; typed=True caches arguments of different types apart.
    Usable as @lru_cache, @lru_cache() and @lru_cache(maxsize, typed)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}  # key -> result, least recently used first
    hits = misses = 0

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            if key in cache:
                hits += 1
                return cache[key]
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            if key in cache:
                hits += 1
                result = cache.pop(key)
                cache[key] = result  # now the most recently used
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # a recursive call cached it meanwhile
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Statistics of the cache: hits, misses, maxsize, currsize."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Empties the cache and resets its statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """A cache without bound: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property ----

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__ (which,
    this being a non-data descriptor, then answers the attribute by itself)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {self.attrname!r} property.") from None
        value = store.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                store[self.attrname] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                                f"does not support item assignment for caching {self.attrname!r} "
                                "property.") from None
        return value


# ---- partialmethod ----

def _bind(func, obj, cls):
    """func.__get__(obj, cls): a method bound to obj, or func itself when it is no descriptor."""
    get = getattr(func, '__get__', None)
    return func if get is None else get(obj, cls)


class partialmethod:
    """A descriptor like partial, for methods: partialmethod(func, *args, **keywords) in a class
    gives, on an instance, func bound to it with those arguments first."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ', '.join([repr(a) for a in self.args])
        keywords = ', '.join([f'{k}={v!r}' for k, v in self.keywords.items()])
        return (f'{type(self).__module__}.{type(self).__qualname__}'
                f'({self.func!r}, {args}, {keywords})')

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        bound = _bind(self.func, obj, cls)
        if bound is not self.func:
            return partial(bound, *self.args, **self.keywords)
        return _bind(self._make_unbound_method(), obj, cls)


# ---- singledispatch ----

def _is_union(cls):
    return type(cls) is type(int | str)


def _is_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def _find_impl(cls, registry):
    """The implementation registered for the first class that has one in cls's MRO, into which
    the abstract base classes of the registry that cls derives from (registered with abc or by
    __subclasshook__) are put, each after the last class of the MRO that is its subclass (as
    CPython's _compose_mro; its ambiguity errors are not raised)."""
    mro = list(cls.__mro__)
    abcs = [t for t in registry if t not in mro and hasattr(t, '__abstractmethods__') and issubclass(cls, t)]
    # the more derived of two ABCs at the same place goes first
    abcs.sort(key=lambda a: len(a.__mro__), reverse=True)
    composed = list(mro)
    for a in abcs:
        last = max(i for i, base in enumerate(composed) if base is not a and issubclass(base, a))
        composed.insert(last + 1, a)
    for base in composed:
        if base in registry:
            return registry[base]
    return None


def singledispatch(func):
    """Single-dispatch generic function decorator: the function called depends on the type of
    the first argument, among those added by .register(cls) or .register on an annotated
    function; func is the default (registered for object)."""
    registry = {}
    dispatch_cache = {}

    cache_token = [None]

    def dispatch(cls):
        """The implementation for cls: the registered one nearest along cls's MRO."""
        if cache_token[0] is not None and cache_token[0] != _abc.get_cache_token():
            dispatch_cache.clear()  # a class was registered with an ABC since
            cache_token[0] = _abc.get_cache_token()
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Registers func for cls (a class or a union of classes): register(cls, func),
        @register(cls), or @register on a function whose first parameter is annotated."""
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                f'Use either `@register(some_class)` or plain `@register` '
                                f'on an annotated function.')
            func = cls
            argname, cls = next(iter(annotations.items()))
            if isinstance(cls, str):
                raise TypeError('pyvm does not support string annotations in register(): '
                                f'{argname!r}: {cls!r}')
            if not _is_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token[0] is None and hasattr(cls, '__abstractmethods__'):
            cache_token[0] = _abc.get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    # CPython's registry is a read-only mappingproxy; pyvm has none, so this is the dict itself
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

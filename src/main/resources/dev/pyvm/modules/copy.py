"""Shallow and deep copy operations, as CPython 3.11's copy module.

copy(x) and deepcopy(x[, memo]) handle the atomic types (returned as they are), lists, dicts,
sets and tuples, classes that define __copy__ or __deepcopy__(memo), and everything else
through the reduce protocol: the class's own __reduce_ex__(4) or __reduce__() when it defines
one, giving (callable, args[, state[, listitems[, dictitems]]]), from which the copy is
rebuilt (state goes to __setstate__, or to the instance's __dict__ and slots).

pyvm's own code, written from the documented behaviour. pyvm's built-in types have no
__reduce_ex__, __reduce__, __getnewargs__ or __getstate__ (CPython's object.__reduce_ex__ and
copyreg); this module computes what they would return for the types pyvm has: instances of
Python classes (with their __dict__ and __slots__, __getnewargs__, __getnewargs_ex__ and
__getstate__), subclasses of list, dict, set, frozenset, int, float, str, bytes and tuple,
exceptions, slices, deque, defaultdict, OrderedDict, Counter and functools.partial. Objects of
other built-in types raise CPython's TypeError ("cannot pickle 'generator' object"), also
those CPython can copy through their own __reduce__ (the iterators, itertools' objects,
io.StringIO). A __reduce_ex__ that calls object.__reduce_ex__ through super() does not work,
as object has none in pyvm.
"""

import collections as _collections
from _functools import partial as _partial
from _weakref import ref as _WeakrefType

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _function():
    pass


class _Probe:
    def method(self):
        pass


def _generator():
    yield


_FunctionType = type(_function)
_MethodType = type(_Probe().method)
_BuiltinFunctionType = type(len)
_CodeType = type(_function.__code__)
_NoneType = type(None)


# ---- what object.__reduce_ex__(4) would return (CPython: copyreg and Objects/typeobject.c) ----

def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    """The names of the slots that cls and its bases declare (private names mangled), as
    copyreg._slotnames."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(x):
    """object.__getstate__(): the instance's __dict__ (None when empty), paired with a dict of
    its slots' values when it has any."""
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    names = _slot_names(type(x))
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _object_state(x):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None:
        return x.__getstate__()
    return _default_state(x)


# the built-in bases whose instances object.__reduce_ex__ handles, with what
# __getnewargs__ they have (None: none)
_NEWARGS = {
    object: None,
    list: None,
    dict: None,
    int: int,
    float: float,
    str: str,
    bytes: bytes,
    tuple: tuple,
}


def _reduce_object(x, cls, base):
    """(callable, args, state, listitems, dictitems) for an instance of a Python class whose
    nearest built-in base is base (a key of _NEWARGS)."""
    kwargs = None
    if getattr(cls, '__getnewargs_ex__', None) is not None:
        newargs = x.__getnewargs_ex__()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    elif getattr(cls, '__getnewargs__', None) is not None:
        args = x.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
    elif _NEWARGS[base] is not None:
        args = (_NEWARGS[base](x),)
    else:
        args = None
    state = _object_state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if args is None:
        args = ()
    if kwargs:
        return _newobj_ex, (cls, args, kwargs), state, listitems, dictitems
    return _newobj, (cls,) + args, state, listitems, dictitems


def _state_or_none(x):
    try:
        state = x.__dict__
    except AttributeError:
        return None
    return state or None


def _reduce_set(x):
    return type(x), (list(x),), _state_or_none(x)


def _reduce_exception(x):
    state = _state_or_none(x)
    if state is None:
        return type(x), x.args
    return type(x), x.args, state


def _reduce_slice(x):
    return slice, (x.start, x.stop, x.step)


def _reduce_method(x):
    return getattr, (x.__self__, x.__func__.__name__)


def _reduce_deque(x):
    if x.maxlen is None:
        args = ()
    else:
        args = ((), x.maxlen)
    return type(x), args, _state_or_none(x), iter(x)


def _reduce_defaultdict(x):
    args = () if x.default_factory is None else (x.default_factory,)
    return type(x), args, None, None, iter(x.items())


def _reduce_ordereddict(x):
    return type(x), (), _state_or_none(x), None, iter(x.items())


def _rebuild_partial(cls, func, args, keywords):
    return cls(func, *args, **keywords)


def _reduce_partial(x):
    return _rebuild_partial, (type(x), x.func, x.args, x.keywords), _state_or_none(x)


def _reduce_counter(x):
    return type(x), (dict(x),)


_REDUCERS = {
    set: _reduce_set,
    frozenset: _reduce_set,
    slice: _reduce_slice,
    _MethodType: _reduce_method,
    _collections.deque: _reduce_deque,
    _collections.defaultdict: _reduce_defaultdict,
    _collections.OrderedDict: _reduce_ordereddict,
    _collections.Counter: _reduce_counter,
    _partial: _reduce_partial,
}


# where pyvm's types written in Java live: their instances are not rebuilt from cls.__new__(cls)
_NATIVE_MODULES = frozenset(['builtins', 'itertools', '_io', 'io', '_random', 'random', '_functools',
                             '_collections', 'sys', 'gc'])


def _reduce(x):
    """x.__reduce_ex__(4): the class's own __reduce_ex__ or __reduce__ if it has one, else
    what CPython's built-in ones return."""
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None:
        return x.__reduce__()
    if isinstance(x, BaseException):
        return _reduce_exception(x)
    for c in cls.__mro__:
        reducer = _REDUCERS.get(c)
        if reducer is not None:
            return reducer(x)
        if c in _NEWARGS:
            if c is cls and c is not object:
                break
            return _reduce_object(x, cls, c)
        if c.__module__ in _NATIVE_MODULES:
            break
    raise TypeError("cannot pickle '%s' object" % cls.__name__)


# ---- copy ----

_ATOMIC_SHALLOW = {_NoneType, int, float, bool, str, tuple, bytes, frozenset, type, range, slice,
                   property, _BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
                   _FunctionType, _CodeType, _WeakrefType}


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC_SHALLOW:
        return x
    if cls is list or cls is dict or cls is set:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# ---- deepcopy ----

def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x. memo is the dict of the objects already copied (by id) in this
    copy; __deepcopy__(memo) methods pass it on."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _DEEP.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # a copy is remembered, and the original kept alive while memo is (its id could be reused)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # a tuple is not memoised before its items are copied, but one of them may have copied it
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, y):
        if original is not copied:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_DEEP = {
    _NoneType: _deepcopy_atomic,
    type(Ellipsis): _deepcopy_atomic,
    type(NotImplemented): _deepcopy_atomic,
    int: _deepcopy_atomic,
    float: _deepcopy_atomic,
    bool: _deepcopy_atomic,
    bytes: _deepcopy_atomic,
    str: _deepcopy_atomic,
    _CodeType: _deepcopy_atomic,
    type: _deepcopy_atomic,
    range: _deepcopy_atomic,
    _BuiltinFunctionType: _deepcopy_atomic,
    _FunctionType: _deepcopy_atomic,
    property: _deepcopy_atomic,
    _WeakrefType: _deepcopy_atomic,
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    _MethodType: _deepcopy_method,
}


def _keep_alive(x, memo):
    """Keeps x alive in memo[id(memo)], so that the ids memo is keyed by stay valid."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # first time: the list is keyed by the memo's own id, which nothing else can have
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                try:
                    y_dict = y.__dict__
                except AttributeError:
                    for key, value in state.items():
                        setattr(y, key, value)
                else:
                    y_dict.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del _Probe, _function, _generator

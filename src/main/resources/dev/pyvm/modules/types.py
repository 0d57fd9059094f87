"""Names for built-in types and helpers to create classes, as CPython 3.11's types module.

pyvm's own code, written from the documented behaviour. The names are those of the types
pyvm has; CPython's that pyvm lacks (MappingProxyType: a class's __dict__ is a dict in pyvm;
the descriptor and wrapper types such as GetSetDescriptorType, WrapperDescriptorType,
MethodDescriptorType; the coroutine types) are not defined. SimpleNamespace is a Python class
here (a C type in CPython) with the same behaviour, but messages that name its type say
'SimpleNamespace' where CPython's say 'types.SimpleNamespace'.
"""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'SimpleNamespace', 'CellType',
           'GeneratorType', 'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType',
           'ModuleType', 'TracebackType', 'FrameType', 'MemberDescriptorType',
           'new_class', 'resolve_bases', 'prepare_class', 'GenericAlias', 'UnionType',
           'EllipsisType', 'NoneType', 'NotImplementedType', 'DynamicClassAttribute']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    __slots__ = ('_slot',)

    def _m(self):
        pass


MethodType = type(_C()._m)
MemberDescriptorType = type(_C._slot)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

ModuleType = type(_sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)

GenericAlias = type(list[int])
UnionType = type(int | str)

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _f, _g, _C, _cell_factory


# ---- SimpleNamespace ----

_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs) has the keyword
    arguments as attributes; its repr lists them in insertion order; two namespaces are equal
    when their attributes are."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            items = [f'{k}={v!r}' for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__



# ---- creating classes dynamically ----

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would: the right metaclass, its __prepare__
    namespace filled by exec_body(ns) when given, then metaclass(name, bases, ns, **kwds)."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """bases with each item that is not a class but has __mro_entries__ replaced by what that
    returns (PEP 560); bases itself when nothing changes."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        entries = base.__mro_entries__(bases)
        updated = True
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = entries
        shift += len(entries) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds): the metaclass a class statement would use (kwds'
    'metaclass', else the most derived of the bases' types), the namespace its __prepare__
    returns, and kwds without 'metaclass'."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


# ---- DynamicClassAttribute ----

class DynamicClassAttribute:
    """A property that is looked up on the instance only: read through the class, it raises
    AttributeError, so that the metaclass's __getattr__ answers instead (enum uses it for
    members named like properties: name and value)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # the getter's docstring, unless one was given
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

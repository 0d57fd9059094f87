"""Abstract base classes (PEP 3119): pyvm's own abc module.

ABCMeta is a metaclass: a class it makes knows its abstract methods (__abstractmethods__, which
object.__new__ refuses to instantiate while it is not empty), accepts virtual subclasses by
register(), and answers isinstance() and issubclass() through __subclasshook__, the registry
and the subclasses of the class, caching each answer until a registration invalidates it.

pyvm has no weak references yet: the registry and the caches hold their classes strongly.
abstractclassmethod, abstractstaticmethod and abstractproperty are functions (see below).
"""


def abstractmethod(funcobj):
    """Marks a method abstract: a class with one cannot be instantiated until it is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# CPython's three deprecated decorators are subclasses of classmethod, staticmethod and property;
# pyvm cannot subclass those yet, so they are functions giving the same abstract descriptor.
def abstractclassmethod(callable):
    """A classmethod that is abstract (deprecated: use classmethod over abstractmethod)."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A staticmethod that is abstract (deprecated: use staticmethod over abstractmethod)."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """A property that is abstract (deprecated: use property over abstractmethod)."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


# Bumped by every register(): the negative caches of all ABCs are stale from then on.
_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever a class is registered with any ABC."""
    return _invalidation_counter


def _abstract_names(cls, namespace, bases):
    names = {name for name, value in namespace.items() if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _invalidation_counter
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls; returns it, so that it can decorate a class."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if cls._abc_negative_cache_version == _invalidation_counter and subclass in cls._abc_negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (cls._abc_cache if answer else cls._abc_negative_cache).add(subclass)
            return answer
        if cls in subclass.__mro__ or any(issubclass(subclass, r) for r in cls._abc_registry) \
                or any(issubclass(subclass, s) for s in cls.__subclasses__()):
            cls._abc_cache.add(subclass)
            return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Prints the registry and the caches of cls (for debugging)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in ("_abc_registry", "_abc_cache", "_abc_negative_cache", "_abc_negative_cache_version"):
            print(f"{name}: {getattr(cls, name)!r}", file=file)

    def _abc_registry_clear(cls):
        """Forgets the virtual subclasses of cls."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Forgets the answers cls has cached."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or replaced (a class decorator)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class that makes its subclasses abstract base classes."""

    __slots__ = ()

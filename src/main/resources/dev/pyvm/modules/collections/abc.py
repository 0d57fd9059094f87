"""The abstract base classes of containers (Mapping, Sequence, Iterable, ...).

CPython makes them with the metaclass abc.ABCMeta (isinstance() and register() go through it),
and pyvm has no metaclasses yet: a class cannot derive from type. Importing this module says so
rather than handing out classes that would not behave as CPython's.
"""

raise ImportError("collections.abc needs metaclasses (abc.ABCMeta), which pyvm does not support yet")

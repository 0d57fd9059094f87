"""Data classes (PEP 557) as CPython 3.11's dataclasses module offers them: pyvm's own code.

A class decorated with @dataclass gets __init__, __repr__, __eq__ (and, as asked, the order
methods, __hash__, __setattr__/__delattr__ of frozen instances, __match_args__, __slots__) made
from its annotated fields. The methods are real functions, compiled from source with exec, so
that their signatures, names and error messages are those of hand-written ones.
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # a Field's default may be a descriptor with __set_name__ of its own
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """The specification of a field: its default or default factory and the methods it takes part in."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    origin = getattr(annotation, '__origin__', annotation)
    return getattr(origin, '_name', None) == 'ClassVar' or repr(origin) == 'typing.ClassVar'


def _is_initvar(annotation):
    return annotation is InitVar or type(annotation) is InitVar


def _string_names(cls, annotation, test):
    """Whether a string annotation ("ClassVar[int]", "dataclasses.InitVar[str]") names, in the
    namespace of cls's module, what test accepts (as CPython's _is_type reads it)."""
    text = annotation.lstrip()
    head = ''
    while text and (text[0].isalnum() or text[0] == '_'):
        head, text = head + text[0], text[1:]
    text = text.lstrip()
    module = sys.modules.get(cls.__module__)
    ns = module.__dict__ if module is not None else {}
    if text.startswith('.'):
        text = text[1:].lstrip()
        name = ''
        while text and (text[0].isalnum() or text[0] == '_'):
            name, text = name + text[0], text[1:]
        owner = ns.get(head)
        return owner is not None and test(getattr(owner, name, None))
    return head in ns and test(ns[head])


def _is_kw_only(cls, annotation):
    if isinstance(annotation, str):
        return _string_names(cls, annotation, lambda a: a is KW_ONLY)
    return annotation is KW_ONLY


def _get_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if isinstance(annotation, str):
        classvar = _string_names(cls, annotation, _is_classvar)
        initvar = _string_names(cls, annotation, _is_initvar)
    else:
        classvar, initvar = _is_classvar(annotation), _is_initvar(annotation)
    if classvar:
        f._field_type = _FIELD_CLASSVAR
    elif initvar:
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


def _field_init(f, frozen, self_name):
    """The line of __init__ that sets field f, or None."""
    default_name = f'_dflt_{f.name}'
    if f.default_factory is not MISSING:
        if f.init:
            value = f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
        else:
            value = f'{default_name}()'
    elif f.init:
        value = f.name
    else:
        # a class attribute serves, or there is none
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name}, {f.name!r}, {value})'
    return f'{self_name}.{f.name} = {value}'


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f' = _dflt_{f.name}'
    else:
        default = ' = _HAS_DEFAULT_FACTORY'
    return f'{f.name}: _type_{f.name}{default}'


def _make_function(cls, name, params, body, env, return_type=MISSING):
    """A function of cls named name, compiled from its source with env as its globals' extras."""
    params = ', '.join(params)
    body = '\n'.join('  ' + line for line in (body or ['pass']))
    ret = '' if return_type is MISSING else ' -> _return_type'
    if return_type is not MISSING:
        env['_return_type'] = return_type
    source = f' def {name}({params}){ret}:\n{body}'
    names = ', '.join(env)
    outer = f'def __create_fn__({names}):\n{source}\n return {name}'
    namespace = {}
    module = sys.modules.get(cls.__module__)
    globals_ = dict(module.__dict__) if module is not None else {}
    exec(outer, globals_, namespace)
    fn = namespace['__create_fn__'](**env)
    fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    return fn


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    env = {'_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY, '__dataclass_builtins_object__': object}
    for f in fields:
        env[f'_type_{f.name}'] = f.type
        if f.default_factory is not MISSING:
            env[f'_dflt_{f.name}'] = f.default_factory
        elif f.default is not MISSING:
            env[f'_dflt_{f.name}'] = f.default
    self_name = '__dataclass_self__' if 'self' in [f.name for f in fields] else 'self'
    body = []
    for f in fields:
        line = _field_init(f, frozen, self_name)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ', '.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')
    params = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [_init_param(f) for f in kw_only_fields]
    return _make_function(cls, '__init__', params, body, env, return_type=None)



def _recursive_repr(user_function):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__wrapped__ = user_function
    wrapper.__dataclass_repr__ = True  # pprint lays such instances out by their fields
    return wrapper


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in fields) + ',)'


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _hash_fn(cls, fields):
    return _make_function(cls, '__hash__', ['self'], [f'return hash({_tuple_str("self", fields)})'], {})


def _frozen_get_del_attr(cls, fields):
    env = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    condition = 'type(self) is cls'
    if fields:
        condition += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'
    setattr_fn = _make_function(cls, '__setattr__', ['self', 'name', 'value'],
                                [f'if {condition}:',
                                 ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                                 'super(cls, self).__setattr__(name, value)'], env)
    delattr_fn = _make_function(cls, '__delattr__', ['self', 'name'],
                                [f'if {condition}:',
                                 ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                                 'super(cls, self).__delattr__(name)'], dict(env))
    return setattr_fn, delattr_fn


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if isinstance(annotation, str):
        return repr(annotation)
    return repr(annotation).replace('typing.', '')


def _signature_text(cls):
    init = cls.__dict__.get('__init__')
    flds = [f for f in cls.__dict__[_FIELDS].values() if f._field_type is not _FIELD_CLASSVAR]
    if init is None or not getattr(cls, _PARAMS).init:
        return '(*args, **kwargs)' if init is None else '()'
    parts = []
    star = False
    for f in flds:
        if not f.init:
            continue
        if f.kw_only and not star:
            parts.append('*')
            star = True
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        parts.append(text)
    # keyword-only parameters come last in the signature, as inspect shows them
    positional = [p for p, f in zip([p for p in parts if p != '*'], [f for f in flds if f.init]) if not f.kw_only]
    keyword = [p for p, f in zip([p for p in parts if p != '*'], [f for f in flds if f.init]) if f.kw_only]
    return '(' + ', '.join(positional + (['*'] + keyword if keyword else [])) + ')'


_hash_action = {
    # (unsafe_hash, eq, frozen, has_explicit_hash): what to do with __hash__
    (False, False, False, False): None, (False, False, False, True): None,
    (False, False, True, False): None, (False, False, True, True): None,
    (False, True, False, False): 'set_none', (False, True, False, True): None,
    (False, True, True, False): 'add', (False, True, True, True): None,
    (True, False, False, False): 'add', (True, False, False, True): 'exception',
    (True, False, True, False): 'add', (True, False, True, True): 'exception',
    (True, True, False, False): 'add', (True, True, False, True): 'exception',
    (True, True, True, False): 'add', (True, True, True, True): 'exception',
}


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(cls, annotation):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only_now = True
        else:
            cls_fields.append(_get_field(cls, name, annotation, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                                     frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        text = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
        fn = _make_function(cls, '__repr__', ['self'], [f'return self.__class__.__qualname__ + f"({text})"'], {})
        _set_new_attribute(cls, '__repr__', _recursive_repr(fn))

    if eq:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        _set_new_attribute(cls, '__eq__', _make_function(cls, '__eq__', ['self', 'other'], [
            'if other.__class__ is self.__class__:',
            f' return {self_tuple}=={other_tuple}',
            'return NotImplemented'], {}))

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            fn = _make_function(cls, name, ['self', 'other'], [
                'if other.__class__ is self.__class__:',
                f' return {self_tuple}{op}{other_tuple}',
                'return NotImplemented'], {})
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')

    if frozen:
        setattr_fn, delattr_fn = _frozen_get_del_attr(cls, field_list)
        for name, fn in [('__setattr__', setattr_fn), ('__delattr__', delattr_fn)]:
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    action = _hash_action[(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)]
    if action == 'set_none':
        cls.__hash__ = None
    elif action == 'add':
        flds = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _hash_fn(cls, flds)
    elif action == 'exception':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(cls)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()) if not isinstance(getattr(base, '__slots__', ()), str)
                         else (base.__slots__,))
    slots = tuple(n for n in field_names if n not in inherited)
    if weakref_slot:
        slots += ('__weakref__',)
    cls_dict['__slots__'] = slots
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds the special methods made from the class's annotated fields (PEP 557)."""
    def wrap(cls):
        if weakref_slot and not slots:
            raise TypeError('weakref_slot is True but slots is False')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, as a tuple of Field objects."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively through dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def instance(o):
        return dict_factory([(f.name, _convert(getattr(o, f.name), instance)) for f in fields(o)])
    return _convert(obj, instance)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursively as asdict."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def instance(o):
        return tuple_factory([_convert(getattr(o, f.name), instance) for f in fields(o)])
    return _convert(obj, instance)


def _convert(obj, instance):
    """obj with the dataclass instances in it made by instance (asdict's or astuple's), the rest copied."""
    if _is_dataclass_instance(obj):
        return instance(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, instance) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, instance) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, instance), _convert(v, instance)) for k, v in obj.items())
    if type(obj) in _ATOMS:
        return obj  # what copy.deepcopy returns for an immutable atom is the atom itself
    import copy
    return copy.deepcopy(obj)


_ATOMS = frozenset({type(None), bool, int, float, str, bytes, type, range, type(len), type(lambda: 0)})


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """A new dataclass named cls_name with the given fields: names, (name, type) or (name, type, Field)."""
    namespace = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with the fields of obj, but those in changes."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

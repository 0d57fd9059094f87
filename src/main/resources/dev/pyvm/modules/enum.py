"""Enumerations: pyvm's own enum module.

An enumeration is a class whose metaclass, EnumType, turns the names its body binds into the
members: instances of the class, made once, each with a name and a value. The body's namespace
is an _EnumDict (EnumType.__prepare__), which records the member names in order and gives auto()
its values. Members are found by value (Color(1)), by name (Color['RED']) and as attributes;
a name bound to a value already taken is an alias of that member.

What pyvm leaves out: the functional API's pickling support, _ignore_, boundary= other than
each class's default, verify(), global_enum(), member/nonmember, and __members__ is a dict
copy rather than a mappingproxy.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique"]

_SUNDER_NAMES = ("_order_", "_generate_next_value_", "_missing_", "_ignore_", "_numeric_repr_",
                 "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


class _AutoPending:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoPending()


class auto:
    """In an enumeration's body, stands for the next value (_generate_next_value_'s)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class _EnumDict(dict):
    """The namespace of an enumeration's body: keeps the member names in order, fills in auto()."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use" % (key,))
            if key == "_generate_next_value_":
                self._generate_next_value = getattr(value, "__func__", value)
        elif _is_dunder(key) or _is_descriptor(value):
            pass
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        else:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        namespace = _EnumDict()
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            namespace["_generate_next_value_"] = getattr(first_enum, "_generate_next_value_", None)
        return namespace

    def __new__(metacls, cls, bases, classdict, **kwds):
        names = list(classdict._member_names)
        values = {name: classdict[name] for name in names}
        namespace = {k: v for k, v in classdict.items() if k not in classdict._member_names}
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, use_args = metacls._find_new_(namespace, member_type, first_enum)
        namespace["_new_member_"] = new_member
        namespace["_use_args_"] = use_args
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_member_type_"] = member_type
        namespace.setdefault("_generate_next_value_", classdict._generate_next_value)
        if "__new__" in namespace and first_enum is not None:
            namespace["__new_member__"] = namespace["__new__"]
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        for name in names:
            enum_class._add_member_(name, values[name])
        # the data type's repr, str and format would come before the enumeration's in the MRO: the
        # enumeration's win unless the class defines its own (a ReprEnum shows its values instead)
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__"):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
            if ReprEnum is not None and ReprEnum in bases:
                if "__format__" not in classdict:
                    type.__setattr__(enum_class, "__format__", member_type.__format__)
                if "__str__" not in classdict:
                    method = member_type.__str__
                    type.__setattr__(enum_class, "__str__", member_type.__repr__ if method is object.__str__ else method)
        if first_enum is not None:
            # calling the class finds a member by value; a __new__ of the body only made the members
            type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._flag_mask_ = 0
            for member in enum_class._member_map_.values():
                enum_class._flag_mask_ |= member._value_
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if not cls._use_args_:
            member = cls._new_member_(cls)
        else:
            member = cls._new_member_(cls, *args)
        if not hasattr(member, "_value_"):
            member._value_ = value if cls._member_type_ is object else cls._member_type_(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        member.__init__(*args)
        for canonical in cls._member_map_.values():
            if canonical._value_ == value:
                member = canonical
                break
        else:
            if not (Flag is not None and issubclass(cls, Flag)) or _is_single_bit(value) or value == 0:
                cls._member_names_.append(name)
        type.__setattr__(cls, name, member)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass

    @staticmethod
    def _get_mixins_(class_name, bases):
        """The data type the members are instances of, and the first enumeration among the bases."""
        if not bases:
            return object, Enum
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("%r cannot extend %r" % (_EnumClassRepr(class_name), base))
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                if "__new__" in base.__dict__ or base in (int, str, float, tuple, bytes):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, last

    @staticmethod
    def _find_new_(namespace, member_type, first_enum):
        """The __new__ that makes the members, and whether it takes the member's value as arguments."""
        new = namespace.get("__new__")
        if new is not None:
            return getattr(new, "__func__", new), True
        for source in (first_enum, member_type):
            target = getattr(source, "__new_member__", None) if source is first_enum else None
            if target is not None:
                return target, True
        if member_type is object:
            return object.__new__, False
        return member_type.__new__, True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, "items") else names
        for name, value in items:
            classdict[name] = value
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        # CPython 3.11 (with a DeprecationWarning, which pyvm does not print): only members may be asked
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls, name))
        super().__delattr__(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class _EnumClassRepr:
    """Shows a class that is being made as its finished form would show: <enum 'Name'>."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<enum %r>" % (self.name,)


Enum = None
ReprEnum = None
Flag = None


class Enum(metaclass=EnumType):
    """The base of enumerations: a class whose attributes are its members."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        names += [n for n in self.__class__.__dict__ if not n.startswith("_") and n not in self._member_map_]
        return sorted(set(names))

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """An enumeration whose str() and format() are its values' (only repr() shows the member)."""


class IntEnum(int, ReprEnum):
    """An enumeration whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enumeration whose members are strs; auto() gives the member's name in lower case."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        member = str.__new__(cls, *values)
        member._value_ = str(*values)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


class Flag(Enum):
    """An enumeration whose members combine with |, & and ^ into values of several flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = max(last_values)
        try:
            return 2 ** last.bit_length()
        except AttributeError:
            raise TypeError("invalid flag value %r" % (last,)) from None

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if cls._member_type_ is object else value
        unknown = value & ~mask
        if unknown and cls._member_type_ is object:
            width = max(mask.bit_length(), value.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bin(value, width), _bin(mask, width)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        if unknown:
            names.append(str(unknown))
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ & self._value_ == m._value_ and m._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, value_repr(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(value, width):
    digits = bin(value)[2:].rjust(width, "0")
    return "0b0 " + digits


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are ints; values beyond the members' bits are kept."""

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(~self._value_ & self._flag_mask_) if self._value_ >= 0 else self.__class__(~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def unique(enumeration):
    """A class decorator: ValueError if two names of the enumeration share a value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration

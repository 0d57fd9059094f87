package dev.pyvm.objects;

/**
 * The interned names the runtime looks up on its hot paths, made once per space, so that a
 * special-method lookup costs no Java string hashing. CPython 3.11: {@code _Py_ID(name)}, the
 * statically allocated identifiers of Include/internal/pycore_global_strings.h.
 */
public final class Identifiers {
    public final int __init__, __new__, __del__, __getattribute__, __getattr__, __setattr__, __delattr__;
    public final int __hash__, __next__, __iter__, __len__, __bool__, __getitem__, __contains__, __call__;
    public final int __repr__, __str__, __format__, __index__, __get__, __set__, __delete__, __missing__;
    public final int __enter__, __exit__, __dict__, __class__;

    Identifiers(ObjectSpace space) {
        __init__ = space.intern("__init__");
        __new__ = space.intern("__new__");
        __del__ = space.intern("__del__");
        __getattribute__ = space.intern("__getattribute__");
        __getattr__ = space.intern("__getattr__");
        __setattr__ = space.intern("__setattr__");
        __delattr__ = space.intern("__delattr__");
        __hash__ = space.intern("__hash__");
        __next__ = space.intern("__next__");
        __iter__ = space.intern("__iter__");
        __len__ = space.intern("__len__");
        __bool__ = space.intern("__bool__");
        __getitem__ = space.intern("__getitem__");
        __contains__ = space.intern("__contains__");
        __call__ = space.intern("__call__");
        __repr__ = space.intern("__repr__");
        __str__ = space.intern("__str__");
        __format__ = space.intern("__format__");
        __index__ = space.intern("__index__");
        __get__ = space.intern("__get__");
        __set__ = space.intern("__set__");
        __delete__ = space.intern("__delete__");
        __missing__ = space.intern("__missing__");
        __enter__ = space.intern("__enter__");
        __exit__ = space.intern("__exit__");
        __dict__ = space.intern("__dict__");
        __class__ = space.intern("__class__");
    }
}

package dev.pyvm.modules;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import dev.pyvm.objects.TypeSlots;

/**
 * A type that a module defines, such as {@code operator.itemgetter}: its {@code __module__} is
 * the module, and CPython's messages and default repr call it by its full name (CPython: a
 * tp_name of {@code "module.name"}), while {@code __name__} is the bare name.
 */
abstract class ModuleDefinedType extends TypeSlots {
    private final String module;

    ModuleDefinedType(ObjectSpace space, String module) {
        super(space);
        this.module = module;
    }

    /** {@code module.name}: CPython's tp_name. */
    final String fullName() {
        return module + "." + name();
    }

    /** Sets the type's {@code __module__}: for the define step of {@link ObjectSpace#addType}. */
    final void defineModule() {
        int m = space.newStr(module);
        space.setTypeAttr(type(), "__module__", m);
        heap.decref(m);
    }

    @Override
    public int repr(int h) {
        return space.newStr("<" + fullName() + " object at 0x" + Long.toHexString(heap.address(h)) + ">");
    }

    /** CPython's AttributeError for a missing attribute, naming the type by its full name. */
    final PyException noAttribute(int name) {
        return space.error(space.exceptions.attributeError, "'" + fullName() + "' object has no attribute '"
                + space.strSlots.toJava(name) + "'");
    }

    @Override
    public int getAttr(int h, int name) {
        if (space.lookupType(space.typeOf(h), name) == 0 && !space.strSlots.toJava(name).equals("__class__")) {
            throw noAttribute(name);
        }
        return super.getAttr(h, name);
    }

    @Override
    public void setAttr(int h, int name, int value) {
        if (space.lookupType(space.typeOf(h), name) != 0) {
            throw space.error(space.exceptions.attributeError, "'" + fullName() + "' object attribute '"
                    + space.strSlots.toJava(name) + "' is read-only");
        }
        throw noAttribute(name);
    }
}

package dev.pyvm.modules.io;

import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;

/**
 * The io types of one object space, added to it once on first need, and what they share: the
 * {@code io.UnsupportedOperation} class (borrowed from the io module, which owns it) and the
 * argument conversions.
 */
public final class IoTypes {
    final ObjectSpace space;
    final FileIOType fileIO;
    final BufferedType reader;
    final BufferedType writer;
    final BufferedType random;
    final TextIOWrapperType text;
    final StringIOType stringIO;
    final BytesIOType bytesIO;
    /** io.UnsupportedOperation (borrowed: the io module holds it); 0 before the module is made. */
    int unsupportedOperation;

    public IoTypes(ObjectSpace space) {
        this.space = space;
        fileIO = space.addType(new FileIOType(space, this), FileIOType::define);
        reader = space.addType(new BufferedType(space, this, BufferedType.Kind.READER), BufferedType::define);
        writer = space.addType(new BufferedType(space, this, BufferedType.Kind.WRITER), BufferedType::define);
        random = space.addType(new BufferedType(space, this, BufferedType.Kind.RANDOM), BufferedType::define);
        text = space.addType(new TextIOWrapperType(space, this), TextIOWrapperType::define);
        stringIO = space.addType(new StringIOType(space, this), StringIOType::define);
        bytesIO = space.addType(new BytesIOType(space, this), BytesIOType::define);
    }

    /** {@code io.UnsupportedOperation(message)}: OSError and ValueError at once, as CPython's. */
    PyException unsupported(String message) {
        if (unsupportedOperation == 0) return space.exceptions.raise(space.exceptions.osError, message);
        int m = space.newStr(message);
        try {
            return new PyException(space.call(unsupportedOperation, m));
        } finally {
            space.heap.decref(m);
        }
    }

    PyException notImplemented(String message) {
        return space.error(space.exceptions.byName().get("NotImplementedError"), message);
    }

    /** The bytes of a bytes-like object; CPython's TypeError for anything else. */
    byte[] bytesLike(int h) {
        byte[] b = space.slotsOf(h).buffer(h);
        if (b == null) throw space.typeError("a bytes-like object is required, not '" + space.typeName(space.typeOf(h)) + "'");
        return b;
    }

    /** The buffered type of h, a buffered file. */
    BufferedType buffered(int h) {
        return (BufferedType) space.slotsOf(h);
    }

    /** Closes every file still open: the interpreter's teardown, after its objects are released. */
    public void closeAll() {
        fileIO.closeAll();
    }
}

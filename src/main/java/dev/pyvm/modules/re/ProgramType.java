package dev.pyvm.modules.re;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TypeSlots;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _re.Program}: the heap object that names a compiled {@link Program}
 * ({@code [refcnt | type | INDEX | pad]}). The program itself is Java-side metadata, as a code
 * object's instructions are, in a table by index; freeing the object frees its entry.
 */
final class ProgramType extends TypeSlots {
    private static final int INDEX = 2;
    private static final int WORDS = 4;
    private final List<Program> programs = new ArrayList<>();
    private final List<Integer> free = new ArrayList<>();

    private ProgramType(ObjectSpace space) {
        super(space);
    }

    static ProgramType create(ObjectSpace space) {
        return space.addType(new ProgramType(space), t -> {
            int m = space.newStr("_re");
            space.setTypeAttr(t.type(), "__module__", m);
            space.heap.decref(m);
        });
    }

    @Override
    public String name() {
        return "Program";
    }

    /** A new object for p. */
    int newProgram(Program p) {
        int index;
        if (!free.isEmpty()) {
            index = free.remove(free.size() - 1);
            programs.set(index, p);
        } else {
            index = programs.size();
            programs.add(p);
        }
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, INDEX, index);
        return h;
    }

    boolean check(int h) {
        return space.typeOf(h) == type();
    }

    Program program(int h) {
        return programs.get(heap.getInt(h, INDEX));
    }

    @Override
    public void dealloc(int h) {
        int index = heap.getInt(h, INDEX);
        programs.set(index, null);
        free.add(index);
        heap.free(h);
    }
}

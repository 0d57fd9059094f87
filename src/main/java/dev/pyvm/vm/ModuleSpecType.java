package dev.pyvm.vm;

import dev.pyvm.gc.GcHeader;
import dev.pyvm.memory.Heap;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TypeSlots;

/**
 * {@code ModuleSpec}: what the import system found for a module, as a module's {@code __spec__}
 * (CPython 3.11: Lib/importlib/_bootstrap.py ModuleSpec), with the attributes programs read.
 * <pre>
 *   [refcnt | type | gc_next | gc_prev | NAME | ORIGIN | LOCATIONS]
 * </pre>
 * NAME is a str; ORIGIN the file's path, {@code 'built-in'} or None; LOCATIONS a package's
 * {@code submodule_search_locations} (the list that is also its {@code __path__}) or None.
 * pyvm has no loader objects: {@code loader} and {@code cached} are None. The attributes are
 * read-only.
 */
final class ModuleSpecType extends TypeSlots {
    private static final int NAME = GcHeader.CONTAINER_HEADER_WORDS;
    private static final int ORIGIN = NAME + 1;
    private static final int LOCATIONS = NAME + 2;
    private static final int WORDS = LOCATIONS + 1;
    /** CPython's origin of a built-in module. */
    static final String BUILT_IN = "built-in";

    private ModuleSpecType(ObjectSpace space) {
        super(space);
    }

    static ModuleSpecType create(ObjectSpace space) {
        return space.addType(new ModuleSpecType(space), t -> { });
    }

    @Override
    public String name() {
        return "ModuleSpec";
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    /** A new spec; origin and locations are borrowed (0: None). */
    int newSpec(String name, int origin, int locations) {
        int h = heap.newObject(WORDS * Heap.WORD, type());
        heap.setInt(h, GcHeader.GC_NEXT, 0);
        heap.setInt(h, GcHeader.GC_PREV, 0);
        heap.setInt(h, NAME, space.newStr(name));
        heap.setInt(h, ORIGIN, orNone(origin));
        heap.setInt(h, LOCATIONS, orNone(locations));
        space.track(h);
        return h;
    }

    private int orNone(int h) {
        int v = h == 0 ? space.none : h;
        heap.incref(v);
        return v;
    }

    /** {@code spec.parent}: the package itself for a package, else the name up to its last dot. */
    private String parent(int h) {
        String name = space.strSlots.toJava(heap.getInt(h, NAME));
        if (heap.getInt(h, LOCATIONS) != space.none) return name;
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    private boolean hasLocation(int h) {
        int origin = heap.getInt(h, ORIGIN);
        return origin != space.none && !space.strSlots.toJava(origin).equals(BUILT_IN);
    }

    @Override
    public int getAttr(int h, int name) {
        int field;
        switch (space.strSlots.toJava(name)) {
            case "name" -> field = NAME;
            case "origin" -> field = ORIGIN;
            case "submodule_search_locations" -> field = LOCATIONS;
            case "parent" -> {
                return space.newStr(parent(h));
            }
            case "has_location" -> {
                return space.newBool(hasLocation(h));
            }
            case "loader", "cached", "loader_state" -> {
                return space.newNone();
            }
            default -> {
                return super.getAttr(h, name);
            }
        }
        int v = heap.getInt(h, field);
        heap.incref(v);
        return v;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py ModuleSpec.__repr__()
    @Override
    public int repr(int h) {
        StringBuilder b = new StringBuilder("ModuleSpec(name=").append(space.repr(heap.getInt(h, NAME)))
                .append(", loader=None");
        if (heap.getInt(h, ORIGIN) != space.none) b.append(", origin=").append(space.repr(heap.getInt(h, ORIGIN)));
        if (heap.getInt(h, LOCATIONS) != space.none) {
            b.append(", submodule_search_locations=").append(space.repr(heap.getInt(h, LOCATIONS)));
        }
        return space.newStr(b.append(')').toString());
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        visit.accept(heap.getInt(h, NAME));
        visit.accept(heap.getInt(h, ORIGIN));
        visit.accept(heap.getInt(h, LOCATIONS));
    }

    @Override
    public void clear(int h) {
        int locations = heap.getInt(h, LOCATIONS);
        if (locations == space.none) return;
        heap.setInt(h, LOCATIONS, space.none);
        heap.decref(locations);
    }

    @Override
    public void dealloc(int h) {
        heap.decref(heap.getInt(h, NAME));
        heap.decref(heap.getInt(h, ORIGIN));
        heap.decref(heap.getInt(h, LOCATIONS));
        heap.free(h);
    }
}

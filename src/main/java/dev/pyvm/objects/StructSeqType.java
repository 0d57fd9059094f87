package dev.pyvm.objects;

/**
 * A struct sequence (CPython 3.11: Objects/structseq.c), such as {@code sys.float_info}: a
 * subclass of tuple whose items are also attributes named by the type's fields. Instances have
 * the tuple's layout and behaviour (indexing, len, iteration, comparison, hashing); the field
 * names are the type's metadata here. Named as CPython's tp_name: {@code sys.float_info} is the
 * type {@code float_info} of module {@code sys}.
 */
public final class StructSeqType extends TypeSlots {
    private final String fullName;
    private final String[] fields;
    private final boolean instantiable;

    private StructSeqType(ObjectSpace space, String fullName, boolean instantiable, String[] fields) {
        super(space);
        this.fullName = fullName;
        this.fields = fields;
        this.instantiable = instantiable;
    }

    /**
     * Adds the struct sequence type {@code fullName} ({@code "module.name"}) with these fields to
     * the space; {@code instantiable} says whether Python code may call it (CPython refuses for
     * some, such as {@code sys.version_info}).
     */
    public static StructSeqType create(ObjectSpace space, String fullName, boolean instantiable, String... fields) {
        return space.addType(new StructSeqType(space, fullName, instantiable, fields), space.tupleSlots.type(),
                StructSeqType::defineAttributes);
    }

    // CPython 3.11: Objects/structseq.c initialize_structseq_dict()
    private void defineAttributes() {
        int t = type();
        int module = space.newStr(fullName.substring(0, fullName.lastIndexOf('.')));
        int matchArgs = space.newTupleOfSize(fields.length);
        for (int i = 0; i < fields.length; i++) space.tupleSlots.initItem(matchArgs, i, space.newStr(fields[i]));
        int count = space.newInt(fields.length);
        int unnamed = space.newInt(0);
        String[] names = {"__module__", "__match_args__", "n_sequence_fields", "n_fields", "n_unnamed_fields"};
        int[] values = {module, matchArgs, count, count, unnamed};
        for (int i = 0; i < names.length; i++) space.setTypeAttr(t, names[i], values[i]);
        heap.decref(module);
        heap.decref(matchArgs);
        heap.decref(count);
        heap.decref(unnamed);
    }

    @Override
    public String name() {
        return fullName.substring(fullName.lastIndexOf('.') + 1);
    }

    /** A new instance holding {@code items} (references stolen), one per field. */
    public int newInstance(int... items) {
        if (items.length != fields.length) throw new IllegalArgumentException(fullName + " has " + fields.length + " fields");
        int h = space.tupleSlots.allocate(type(), items.length);
        for (int i = 0; i < items.length; i++) space.tupleSlots.initItem(h, i, items[i]);
        return h;
    }

    // CPython 3.11: Objects/structseq.c structseq_new_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        if (!instantiable) throw space.typeError("cannot create '" + fullName + "' instances");
        int[] a = ArgParser.clinic(space, "structseq", new String[] {"sequence", "dict"}, 1, 0, 2,
                args, start, nargs, kwnames);
        int seq = space.listSlots.fast(a[0], "constructor requires a sequence");
        try {
            if (a[1] != 0 && !space.dictSlots.check(a[1])) {
                throw space.typeError(fullName + "() takes a dict as second arg, if any");
            }
            boolean tuple = space.typeOf(seq) == space.tupleSlots.type();
            int n = tuple ? space.tupleSlots.size(seq) : space.listSlots.size(seq);
            if (n != fields.length) {
                throw space.typeError(fullName + "() takes a " + fields.length + "-sequence (" + n + "-sequence given)");
            }
            int h = space.tupleSlots.allocate(t, n);
            for (int i = 0; i < n; i++) {
                int item = tuple ? space.tupleSlots.item(seq, i) : space.listSlots.item(seq, i);
                heap.incref(item);
                space.tupleSlots.initItem(h, i, item);
            }
            return h;
        } finally {
            heap.decref(seq);
        }
    }

    // CPython 3.11: Objects/structseq.c structseq_repr()
    @Override
    public int repr(int h) {
        StringBuilder b = new StringBuilder(fullName).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) b.append(", ");
            b.append(fields[i]).append('=').append(space.repr(space.tupleSlots.item(h, i)));
        }
        return space.newStr(b.append(')').toString());
    }

    private int field(String name) {
        for (int i = 0; i < fields.length; i++) if (fields[i].equals(name)) return i;
        return -1;
    }

    @Override
    public boolean genericGetAttr(int h) {
        return false;
    }

    @Override
    public int getAttr(int h, int name) {
        int i = field(space.strSlots.toJava(name));
        if (i >= 0) {
            int v = space.tupleSlots.item(h, i);
            heap.incref(v);
            return v;
        }
        if (space.lookupType(space.typeOf(h), name) == 0) throw noAttribute(name);
        return super.getAttr(h, name);
    }

    // the fields are read-only members; there is no instance dict
    @Override
    public void setAttr(int h, int name, int value) {
        if (field(space.strSlots.toJava(name)) >= 0) throw space.error(space.exceptions.attributeError, "readonly attribute");
        throw noAttribute(name);
    }

    private PyException noAttribute(int name) {
        return space.error(space.exceptions.attributeError, "'" + fullName + "' object has no attribute '"
                + space.strSlots.toJava(name) + "'");
    }

    // ---- the rest is tuple's ----

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public void dealloc(int h) {
        space.tupleSlots.dealloc(h);
    }

    @Override
    public void traverse(int h, java.util.function.IntConsumer visit) {
        space.tupleSlots.traverse(h, visit);
    }

    @Override
    public long length(int h) {
        return space.tupleSlots.length(h);
    }

    @Override
    public boolean isTrue(int h) {
        return space.tupleSlots.isTrue(h);
    }

    @Override
    public long hash(int h) {
        return space.tupleSlots.hash(h);
    }

    @Override
    public int richCompare(int a, int b, int op) {
        return space.tupleSlots.richCompare(a, b, op);
    }

    @Override
    public boolean contains(int h, int key) {
        return space.tupleSlots.contains(h, key);
    }

    @Override
    public int getItem(int h, int key) {
        return space.tupleSlots.getItem(h, key);
    }

    @Override
    public int binaryOp(int a, int b, int op) {
        return space.tupleSlots.binaryOp(a, b, op);
    }

    @Override
    public int iter(int h) {
        return space.tupleSlots.iter(h);
    }
}

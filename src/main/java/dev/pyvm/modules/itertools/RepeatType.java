package dev.pyvm.modules.itertools;

import dev.pyvm.objects.ArgParser;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.repeat(object[, times])}: REF 0 the object (kept to the end, as CPython does);
 * data: how many times are left, -1 for ever.
 */
final class RepeatType extends ItertoolsIterator {
    private static final int ELEMENT = 0, CNT = 0;

    RepeatType(ObjectSpace space) {
        super(space, "repeat", 1, 2);
    }

    @Override
    void define() {
        super.define();
        // CPython 3.11: repeat_len()
        method("__length_hint__", (self, args, start, nargs, kwnames) -> {
            TextArgs.none(space, "repeat.__length_hint__", nargs, kwnames);
            long cnt = getDataLong(self, CNT);
            if (cnt == -1) throw space.typeError("len() of unsized object");
            return space.newInt(cnt);
        });
    }

    // CPython 3.11: Modules/itertoolsmodule.c repeat_new()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        int[] a = TextArgs.parse(space, "repeat", args, start, nargs, kwnames, new String[] {"object", "times"}, 0, 1, 2);
        long cnt = -1;
        if (a[1] != 0) cnt = Math.max(0, ArgParser.asSsize(space, a[1]));
        int h = allocate(newRef(space, a[0]));
        setDataLong(h, CNT, cnt);
        return h;
    }

    // CPython 3.11: repeat_next()
    @Override
    public int next(int h) {
        int element = ref(h, ELEMENT);
        long cnt = getDataLong(h, CNT);
        if (cnt == 0 || element == 0) return 0;
        if (cnt > 0) setDataLong(h, CNT, cnt - 1);
        heap.incref(element);
        return element;
    }

    // CPython 3.11: repeat_repr()
    @Override
    public int repr(int h) {
        int element = ref(h, ELEMENT);
        String e = element == 0 ? "None" : space.repr(element);
        long cnt = getDataLong(h, CNT);
        return space.newStr(cnt == -1 ? shortTypeName(h) + "(" + e + ")" : shortTypeName(h) + "(" + e + ", " + cnt + ")");
    }
}

package dev.pyvm.modules.itertools;

import dev.pyvm.objects.NumberOps;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TextArgs;

/**
 * {@code itertools.count(start=0, step=1)}: REF 0 the next value as an object (slow mode), REF 1
 * the step; data: the next value as a long (fast mode), or {@link #SLOW} in slow mode. As CPython
 * 3.11's countobject: fast mode while start is an int that fits and the step is the int 1.
 */
final class CountType extends ItertoolsIterator {
    private static final int LONG_CNT = 0, LONG_STEP = 1, CNT = 0;
    /** CPython: PY_SSIZE_T_MAX, the mark of slow mode. */
    private static final long SLOW = Long.MAX_VALUE;

    CountType(ObjectSpace space) {
        super(space, "count", 2, 2);
    }

    // CPython 3.11: Modules/itertoolsmodule.c itertools_count_impl()
    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        checkExact(t);
        int[] a = TextArgs.parse(space, "count", args, start, nargs, kwnames, new String[] {"start", "step"}, 0, 0, 2);
        int cntObj = a[0], step = a[1];
        if ((cntObj != 0 && !isNumber(cntObj)) || (step != 0 && !isNumber(step))) {
            throw space.typeError("a number is required");
        }
        long cnt = 0;
        boolean slow = false;
        if (cntObj != 0) {
            if (space.intSlots.check(cntObj) && space.intSlots.fitsLong(cntObj)) cnt = space.intSlots.longValue(cntObj);
            else slow = true;
        }
        if (step == 0) step = space.newInt(1);
        else heap.incref(step);
        if (!isOne(step)) slow = true;
        if (slow) {
            cnt = SLOW;
            cntObj = cntObj == 0 ? space.newInt(0) : newRef(space, cntObj);
        } else {
            cntObj = 0;
        }
        int h = allocate(cntObj, step);
        setDataLong(h, CNT, cnt);
        return h;
    }

    /** CPython: PyNumber_Check. */
    private boolean isNumber(int h) {
        if (space.intSlots.check(h) || space.floatSlots.check(h)) return true;
        int t = space.typeOf(h);
        return space.lookupType(t, space.intern("__index__")) != 0 || space.lookupType(t, space.intern("__int__")) != 0
                || space.lookupType(t, space.intern("__float__")) != 0;
    }

    /** Whether step is an int equal to 1 (True included), as CPython's PyLong_AsLong(step) == 1. */
    private boolean isOne(int step) {
        return space.intSlots.check(step) && space.intSlots.fitsLong(step) && space.intSlots.longValue(step) == 1;
    }

    // CPython 3.11: count_next(), count_nextlong()
    @Override
    public int next(int h) {
        long cnt = getDataLong(h, CNT);
        if (cnt != SLOW) {
            setDataLong(h, CNT, cnt + 1);
            return space.newInt(cnt);
        }
        int value = ref(h, LONG_CNT), step = ref(h, LONG_STEP);
        if (value == 0) {
            value = space.newInt(SLOW);
            heap.setInt(h, REFS + LONG_CNT, value);
        }
        if (step == 0) return 0; // cleared by the collector
        int stepped = space.binaryOp(value, step, NumberOps.ADD);
        heap.incref(value);
        setRef(h, LONG_CNT, stepped);
        return value;
    }

    // CPython 3.11: count_repr()
    @Override
    public int repr(int h) {
        long cnt = getDataLong(h, CNT);
        if (cnt != SLOW) return space.newStr(shortTypeName(h) + "(" + cnt + ")");
        int value = ref(h, LONG_CNT), step = ref(h, LONG_STEP);
        if (value == 0 || step == 0) return space.newStr(shortTypeName(h) + "(" + SLOW + ")");
        if (isOne(step)) return space.newStr(shortTypeName(h) + "(" + space.repr(value) + ")");
        return space.newStr(shortTypeName(h) + "(" + space.repr(value) + ", " + space.repr(step) + ")");
    }
}

package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.BuiltinCode;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.TypeSlots;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code random.Random}: CPython's Mersenne Twister (Modules/_randommodule.c), its state on the
 * heap, with the methods CPython writes in Python (Lib/random.py) ported to Java so that every
 * sequence equals CPython's for the same seed.
 * <pre>
 *   [refcnt | type | INDEX | GAUSS_SET | GAUSS_NEXT (2 words) | mt[0] … mt[623]]
 * </pre>
 * INDEX is the position in mt of the next word to temper (N: generate the next block first);
 * GAUSS_SET says whether GAUSS_NEXT holds {@code gauss()}'s second value.
 */
final class RandomType extends TypeSlots {
    /** CPython: N and M of the MT19937 generator. */
    static final int N = 624;
    static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private static final int INDEX = 2;
    private static final int GAUSS_SET = 3;
    private static final int GAUSS_NEXT = 4;
    private static final int MT = 6;
    private static final int WORDS = MT + N;

    /** The method bodies by name, to bind them to the module's hidden instance. */
    private final Map<String, Integer> methods = new HashMap<>();

    private RandomType(ObjectSpace space) {
        super(space);
    }

    static RandomType create(ObjectSpace space) {
        return space.addType(new RandomType(space), t -> new RandomMethods(space, t).define());
    }

    @Override
    public String name() {
        return "Random";
    }

    @Override
    public void dealloc(int h) {
        heap.free(h);
    }

    /** Adds a method to the type's dict. */
    void method(String name, BuiltinCode code) {
        int index = space.builtinFunctionSlots.define(name, type(), code);
        methods.put(name, index);
        int f = space.builtinFunctionSlots.newFunction(index, 0);
        space.setTypeAttr(type(), name, f);
        heap.decref(f);
    }

    /** The names of the methods, for the module's functions. */
    Iterable<String> methodNames() {
        return methods.keySet();
    }

    /** Method {@code name} bound to instance h: a new reference. */
    int boundMethod(String name, int h) {
        return space.builtinFunctionSlots.newFunction(methods.get(name), h);
    }

    /** A new generator, not yet seeded. */
    int allocate(int t) {
        int h = heap.newObject(WORDS * Heap.WORD, t);
        heap.setInt(h, INDEX, N);
        heap.setInt(h, GAUSS_SET, 0);
        heap.setDouble(h, GAUSS_NEXT, 0.0);
        return h;
    }

    @Override
    public int construct(int t, int[] args, int start, int nargs, int kwnames) {
        int[] a = Args.python(space, "Random.__init__", new String[] {"x"}, 0, 0, args, start, nargs, kwnames);
        int h = allocate(t);
        try {
            new RandomMethods(space, this).seed(h, a[0], 2);
        } catch (RuntimeException e) {
            heap.decref(h);
            throw e;
        }
        return h;
    }

    boolean isRandom(int h) {
        return space.typeOf(h) == type();
    }

    // ---- the generator: CPython 3.11 Modules/_randommodule.c ----

    // init_genrand()
    void initGenrand(int h, int s) {
        int[] mem = heap.memory(h);
        int mt = heap.base(h) + MT;
        mem[mt] = s;
        for (int i = 1; i < N; i++) {
            int prev = mem[mt + i - 1];
            mem[mt + i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
        heap.setInt(h, INDEX, N);
    }

    // init_by_array()
    void initByArray(int h, int[] key) {
        initGenrand(h, 19650218);
        int[] mem = heap.memory(h);
        int mt = heap.base(h) + MT;
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            int prev = mem[mt + i - 1];
            mem[mt + i] = (mem[mt + i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mem[mt] = mem[mt + N - 1];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = mem[mt + i - 1];
            mem[mt + i] = (mem[mt + i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mem[mt] = mem[mt + N - 1];
                i = 1;
            }
        }
        mem[mt] = 0x80000000; // MSB is 1, assuring a non-zero initial array
    }

    // genrand_uint32(): a 32-bit word, as a Java int holding its bits
    int genrand(int h) {
        int[] mem = heap.memory(h);
        int base = heap.base(h);
        int mt = base + MT;
        int index = mem[base + INDEX];
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mem[mt + kk] & UPPER_MASK) | (mem[mt + kk + 1] & LOWER_MASK);
                mem[mt + kk] = mem[mt + kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mem[mt + kk] & UPPER_MASK) | (mem[mt + kk + 1] & LOWER_MASK);
                mem[mt + kk] = mem[mt + kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            int y = (mem[mt + N - 1] & UPPER_MASK) | (mem[mt] & LOWER_MASK);
            mem[mt + N - 1] = mem[mt + M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        int y = mem[mt + index++];
        mem[base + INDEX] = index;
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    // random_random_impl(): genrand_res53
    double random(int h) {
        long a = (genrand(h) & 0xffffffffL) >>> 5;
        long b = (genrand(h) & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    // _random_Random_getrandbits_impl(), for k > 0
    BigInteger getrandbits(int h, int k) {
        if (k <= 32) return BigInteger.valueOf((genrand(h) & 0xffffffffL) >>> (32 - k));
        if (k <= 63) {
            long lo = genrand(h) & 0xffffffffL;
            long hi = (genrand(h) & 0xffffffffL) >>> (64 - k);
            return BigInteger.valueOf(hi << 32 | lo);
        }
        int words = (k - 1) / 32 + 1;
        byte[] bytes = new byte[words * 4]; // big-endian for BigInteger; words least significant first
        for (int i = 0; i < words; i++, k -= 32) {
            int r = genrand(h);
            if (k < 32) r >>>= 32 - k;
            int at = bytes.length - 4 * (i + 1);
            bytes[at] = (byte) (r >>> 24);
            bytes[at + 1] = (byte) (r >>> 16);
            bytes[at + 2] = (byte) (r >>> 8);
            bytes[at + 3] = (byte) r;
        }
        return new BigInteger(1, bytes);
    }

    /** A random int in [0, n) for n > 0. CPython 3.11: Random._randbelow_with_getrandbits. */
    long randbelow(int h, long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbitsLong(h, k);
        while (r >= n) r = getrandbitsLong(h, k);
        return r;
    }

    private long getrandbitsLong(int h, int k) {
        if (k == 0) return 0;
        if (k <= 32) return (genrand(h) & 0xffffffffL) >>> (32 - k);
        long lo = genrand(h) & 0xffffffffL;
        long hi = (genrand(h) & 0xffffffffL) >>> (64 - k);
        return hi << 32 | lo;
    }

    BigInteger randbelow(int h, BigInteger n) {
        if (n.bitLength() < 63) return BigInteger.valueOf(randbelow(h, n.longValue()));
        int k = n.bitLength();
        BigInteger r = getrandbits(h, k);
        while (r.compareTo(n) >= 0) r = getrandbits(h, k);
        return r;
    }

    // ---- state ----

    boolean hasGaussNext(int h) {
        return heap.getInt(h, GAUSS_SET) != 0;
    }

    double gaussNext(int h) {
        return heap.getDouble(h, GAUSS_NEXT);
    }

    void setGaussNext(int h, boolean set, double value) {
        heap.setInt(h, GAUSS_SET, set ? 1 : 0);
        heap.setDouble(h, GAUSS_NEXT, value);
    }

    int word(int h, int i) {
        return heap.getInt(h, MT + i);
    }

    void setWord(int h, int i, int value) {
        heap.setInt(h, MT + i, value);
    }

    int index(int h) {
        return heap.getInt(h, INDEX);
    }

    void setIndex(int h, int index) {
        heap.setInt(h, INDEX, index);
    }

    @Override
    public int repr(int h) {
        return space.newStr("<random.Random object at 0x" + Long.toHexString(heap.address(h)) + ">");
    }
}

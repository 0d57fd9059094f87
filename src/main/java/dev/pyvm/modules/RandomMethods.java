package dev.pyvm.modules;

import dev.pyvm.memory.Heap;
import dev.pyvm.objects.Compare;
import dev.pyvm.objects.NumberOps;
import dev.pyvm.objects.ObjectSpace;
import dev.pyvm.objects.PyException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

/**
 * The methods of {@code random.Random}: CPython 3.11's Lib/random.py over the generator of
 * {@link RandomType}, step for step, so that they draw the same words in the same order.
 */
final class RandomMethods {
    /** random.py's constants. */
    private static final double TWOPI = 2.0 * Math.PI;
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
    private static final double LOG4 = Math.log(4.0);
    private static final double SG_MAGICCONST = 1.0 + Math.log(4.5);

    private final ObjectSpace space;
    private final Heap heap;
    private final RandomType rt;

    RandomMethods(ObjectSpace space, RandomType rt) {
        this.space = space;
        this.heap = space.heap;
        this.rt = rt;
    }

    private String[] names(String... names) {
        return names;
    }

    void define() {
        rt.method("seed", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.seed", names("a", "version"), 0, 0, args, start, nargs, kwnames);
            int version = a[1] == 0 ? 2 : (int) Args.bigIndex(space, a[1]).longValue();
            seed(self, a[0], version);
            return space.newNone();
        });
        rt.method("random", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "Random.random", nargs, kwnames);
            return space.newFloat(rt.random(self));
        });
        rt.method("getrandbits", (self, args, start, nargs, kwnames) -> {
            int arg = Args.one(space, "Random.getrandbits", args, start, nargs, kwnames);
            if (space.floatSlots.check(arg)) throw space.typeError("'float' object cannot be interpreted as an integer");
            BigInteger k = Args.bigIndex(space, arg);
            if (k.bitLength() > 31) {
                if (k.signum() < 0) throw space.valueError("number of bits must be non-negative");
                throw space.error(space.exceptions.overflowError, "Python int too large to convert to C int");
            }
            if (k.signum() < 0) throw space.valueError("number of bits must be non-negative");
            if (k.signum() == 0) return space.newInt(0);
            return space.newInt(rt.getrandbits(self, k.intValue()));
        });
        rt.method("randrange", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.randrange", names("start", "stop", "step"), 1, 0,
                    args, start, nargs, kwnames);
            return randrange(self, a[0], a[1], a[2]);
        });
        rt.method("randint", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.randint", names("a", "b"), 2, 0, args, start, nargs, kwnames);
            int one = space.newInt(1);
            int stop = 0;
            try {
                stop = space.binaryOp(a[1], one, NumberOps.ADD);
                return randrange(self, a[0], stop, 0);
            } finally {
                heap.decref(one);
                if (stop != 0) heap.decref(stop);
            }
        });
        rt.method("choice", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.choice", names("seq"), 1, 0, args, start, nargs, kwnames);
            long n = space.length(a[0]);
            if (n == 0) throw space.error(space.exceptions.indexError, "Cannot choose from an empty sequence");
            return item(a[0], rt.randbelow(self, n));
        });
        rt.method("shuffle", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.shuffle", names("x"), 1, 0, args, start, nargs, kwnames);
            shuffle(self, a[0]);
            return space.newNone();
        });
        rt.method("sample", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.sample", names("population", "k", "counts"), 2, 1,
                    args, start, nargs, kwnames);
            return sample(self, a[0], a[1], a[2] == space.none ? 0 : a[2]);
        });
        rt.method("choices", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.choices", names("population", "weights", "cum_weights", "k"), 1, 2,
                    args, start, nargs, kwnames);
            return choices(self, a[0], a[1] == space.none ? 0 : a[1], a[2] == space.none ? 0 : a[2], a[3]);
        });
        rt.method("uniform", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.uniform", names("a", "b"), 2, 0, args, start, nargs, kwnames);
            // a + (b - a) * self.random()
            int width = space.binaryOp(a[1], a[0], NumberOps.SUBTRACT);
            int r = space.newFloat(rt.random(self));
            int scaled;
            try {
                scaled = space.binaryOp(width, r, NumberOps.MULTIPLY);
            } finally {
                heap.decref(width);
                heap.decref(r);
            }
            try {
                return space.binaryOp(a[0], scaled, NumberOps.ADD);
            } finally {
                heap.decref(scaled);
            }
        });
        rt.method("triangular", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.triangular", names("low", "high", "mode"), 0, 0,
                    args, start, nargs, kwnames);
            double u = rt.random(self);
            double low = a[0] == 0 ? 0.0 : real(a[0]);
            double high = a[1] == 0 ? 1.0 : real(a[1]);
            double c;
            if (a[2] == 0 || a[2] == space.none) {
                c = 0.5;
            } else {
                if (high - low == 0.0) return space.newFloat(low);
                c = (real(a[2]) - low) / (high - low);
            }
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double t = low;
                low = high;
                high = t;
            }
            return space.newFloat(low + (high - low) * Math.sqrt(u * c));
        });
        rt.method("gauss", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.gauss", names("mu", "sigma"), 0, 0, args, start, nargs, kwnames);
            double z;
            if (rt.hasGaussNext(self)) {
                z = rt.gaussNext(self);
                rt.setGaussNext(self, false, 0.0);
            } else {
                double x2pi = rt.random(self) * TWOPI;
                double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - rt.random(self)));
                z = Math.cos(x2pi) * g2rad;
                rt.setGaussNext(self, true, Math.sin(x2pi) * g2rad);
            }
            return affine(a[0], z, a[1]);
        });
        rt.method("normalvariate", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.normalvariate", names("mu", "sigma"), 0, 0,
                    args, start, nargs, kwnames);
            return affine(a[0], normal(self), a[1]);
        });
        rt.method("lognormvariate", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.lognormvariate", names("mu", "sigma"), 2, 0,
                    args, start, nargs, kwnames);
            int r = affine(a[0], normal(self), a[1]);
            try {
                double v = Math.exp(real(r));
                if (Double.isInfinite(v)) throw space.error(space.exceptions.overflowError, "math range error");
                return space.newFloat(v);
            } finally {
                heap.decref(r);
            }
        });
        rt.method("expovariate", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.expovariate", names("lambd"), 1, 0, args, start, nargs, kwnames);
            double lambd = real(a[0]);
            double num = -Math.log(1.0 - rt.random(self));
            if (lambd == 0.0) throw space.error(space.exceptions.zeroDivisionError, "float division by zero");
            return space.newFloat(num / lambd);
        });
        rt.method("paretovariate", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.paretovariate", names("alpha"), 1, 0, args, start, nargs, kwnames);
            double u = 1.0 - rt.random(self);
            double alpha = real(a[0]);
            if (alpha == 0.0) throw space.error(space.exceptions.zeroDivisionError, "float division by zero");
            return space.newFloat(Math.pow(u, -1.0 / alpha));
        });
        rt.method("weibullvariate", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.weibullvariate", names("alpha", "beta"), 2, 0,
                    args, start, nargs, kwnames);
            double u = 1.0 - rt.random(self);
            double beta = real(a[1]);
            if (beta == 0.0) throw space.error(space.exceptions.zeroDivisionError, "float division by zero");
            return space.newFloat(real(a[0]) * Math.pow(-Math.log(u), 1.0 / beta));
        });
        rt.method("gammavariate", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.gammavariate", names("alpha", "beta"), 2, 0,
                    args, start, nargs, kwnames);
            return space.newFloat(gamma(self, real(a[0]), real(a[1])));
        });
        rt.method("betavariate", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.betavariate", names("alpha", "beta"), 2, 0,
                    args, start, nargs, kwnames);
            double y = gamma(self, real(a[0]), 1.0);
            if (y != 0.0) return space.newFloat(y / (y + gamma(self, real(a[1]), 1.0)));
            return space.newFloat(0.0);
        });
        rt.method("getstate", (self, args, start, nargs, kwnames) -> {
            Args.none(space, "Random.getstate", nargs, kwnames);
            int state = space.newTupleOfSize(RandomType.N + 1);
            for (int i = 0; i < RandomType.N; i++) {
                space.tupleSlots.initItem(state, i, space.newInt(rt.word(self, i) & 0xffffffffL));
            }
            space.tupleSlots.initItem(state, RandomType.N, space.newInt(rt.index(self)));
            int gauss = rt.hasGaussNext(self) ? space.newFloat(rt.gaussNext(self)) : space.newNone();
            return space.newTuple(space.newInt(3), state, gauss);
        });
        rt.method("setstate", (self, args, start, nargs, kwnames) -> {
            int[] a = Args.python(space, "Random.setstate", names("state"), 1, 0, args, start, nargs, kwnames);
            setstate(self, a[0]);
            return space.newNone();
        });
    }

    private double real(int h) {
        return Args.toDouble(space, h);
    }

    /** {@code mu + z * sigma} with Python's arithmetic (mu 0.0 and sigma 1.0 when not given). */
    private int affine(int mu, double z, int sigma) {
        int zh = space.newFloat(z);
        int scaled;
        try {
            scaled = sigma == 0 ? space.newFloat(z * 1.0) : space.binaryOp(zh, sigma, NumberOps.MULTIPLY);
        } finally {
            heap.decref(zh);
        }
        if (mu == 0) {
            try {
                int zero = space.newFloat(0.0);
                try {
                    return space.binaryOp(zero, scaled, NumberOps.ADD);
                } finally {
                    heap.decref(zero);
                }
            } finally {
                heap.decref(scaled);
            }
        }
        try {
            return space.binaryOp(mu, scaled, NumberOps.ADD);
        } finally {
            heap.decref(scaled);
        }
    }

    // Random.normalvariate: Kinderman and Monahan's ratio method
    private double normal(int self) {
        while (true) {
            double u1 = rt.random(self);
            double u2 = 1.0 - rt.random(self);
            double z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.log(u2)) return z;
        }
    }

    // Random.gammavariate
    private double gamma(int self, double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) throw space.valueError("gammavariate: alpha and beta must be > 0.0");
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - LOG4;
            double ccc = alpha + ainv;
            while (true) {
                double u1 = rt.random(self);
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                double u2 = 1.0 - rt.random(self);
                double v = Math.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.exp(v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Math.log(z)) return x * beta;
            }
        } else if (alpha == 1.0) {
            return -Math.log(1.0 - rt.random(self)) * beta;
        }
        double x;
        while (true) {
            double u = rt.random(self);
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            if (p <= 1.0) x = Math.pow(p, 1.0 / alpha);
            else x = -Math.log((b - p) / alpha);
            double u1 = rt.random(self);
            if (p > 1.0) {
                if (u1 <= Math.pow(x, alpha - 1.0)) break;
            } else if (u1 <= Math.exp(-x)) {
                break;
            }
        }
        return x * beta;
    }

    // ---- seeding: Random.seed (random.py) over random_seed (_randommodule.c) ----

    void seed(int self, int a, int version) {
        BigInteger n;
        if (a == 0 || a == space.none) {
            int[] key = new int[RandomType.N];
            SecureRandom urandom = new SecureRandom();
            for (int i = 0; i < key.length; i++) key[i] = urandom.nextInt();
            rt.initByArray(self, key);
            rt.setGaussNext(self, false, 0.0);
            return;
        }
        if (version == 1 && space.strSlots.check(a)) {
            String s = space.strSlots.toJava(a);
            int[] cps = s.codePoints().toArray();
            long x = cps.length > 0 ? (long) cps[0] << 7 : 0;
            for (int c : cps) x = (1000003 * x) ^ c;
            x ^= cps.length;
            n = new BigInteger(Long.toUnsignedString(x));
        } else if (version == 2 && space.strSlots.check(a)) {
            byte[] bytes = space.strSlots.toJava(a).getBytes(StandardCharsets.UTF_8);
            byte[] digest;
            try {
                digest = MessageDigest.getInstance("SHA-512").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw space.error(space.exceptions.systemError, "pyvm: no SHA-512 in this JVM");
            }
            byte[] all = new byte[bytes.length + digest.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(digest, 0, all, bytes.length, digest.length);
            n = new BigInteger(1, all);
        } else if (space.intSlots.check(a)) {
            n = space.intSlots.bigValue(a).abs();
        } else if (space.floatSlots.check(a) || space.strSlots.check(a)) {
            // random_seed: any other object seeds by its hash, taken as an unsigned size_t
            n = new BigInteger(Long.toUnsignedString(space.hash(a)));
        } else {
            throw space.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        int bits = n.bitLength();
        int keyused = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[keyused];
        for (int i = 0; i < keyused; i++) key[i] = n.shiftRight(32 * i).intValue();
        rt.initByArray(self, key);
        rt.setGaussNext(self, false, 0.0);
    }

    // random_setstate(), with random.py's version check
    private void setstate(int self, int state) {
        if (!space.tupleSlots.check(state) || space.tupleSlots.size(state) != 3) {
            throw space.typeError("state vector must be a tuple");
        }
        BigInteger version = space.intSlots.check(space.tupleSlots.item(state, 0))
                ? space.intSlots.bigValue(space.tupleSlots.item(state, 0)) : BigInteger.ZERO;
        if (!version.equals(BigInteger.valueOf(3)) && !version.equals(BigInteger.TWO)) {
            throw space.valueError("state with version " + space.str(space.tupleSlots.item(state, 0))
                    + " passed to Random.setstate() of version 3");
        }
        int internal = space.tupleSlots.item(state, 1);
        if (!space.tupleSlots.check(internal)) throw space.typeError("state vector must be a tuple");
        if (space.tupleSlots.size(internal) != RandomType.N + 1) throw space.valueError("state vector is the wrong size");
        int[] words = new int[RandomType.N];
        for (int i = 0; i < RandomType.N; i++) {
            BigInteger w = Args.bigIndex(space, space.tupleSlots.item(internal, i));
            if (version.intValue() == 2) w = w.mod(BigInteger.ONE.shiftLeft(32));
            if (w.signum() < 0) throw space.error(space.exceptions.overflowError, "can't convert negative int to unsigned");
            if (w.bitLength() > 32) {
                throw space.error(space.exceptions.overflowError, "Python int too large to convert to C unsigned long");
            }
            words[i] = w.intValue();
        }
        BigInteger index = Args.bigIndex(space, space.tupleSlots.item(internal, RandomType.N));
        if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(RandomType.N)) > 0) {
            throw space.valueError("invalid state");
        }
        int gauss = space.tupleSlots.item(state, 2);
        boolean hasGauss = gauss != space.none;
        double gaussValue = hasGauss ? real(gauss) : 0.0;
        for (int i = 0; i < RandomType.N; i++) rt.setWord(self, i, words[i]);
        rt.setIndex(self, index.intValue());
        rt.setGaussNext(self, hasGauss, gaussValue);
    }

    // ---- integers ----

    /** seq[i]: a new reference. */
    private int item(int seq, long i) {
        int key = space.newInt(i);
        try {
            return space.getItem(seq, key);
        } finally {
            heap.decref(key);
        }
    }

    /**
     * random.py's _index fallback for a non-int: {@code int(x)}, which must equal x (else the
     * ValueError CPython raises after its DeprecationWarning).
     */
    private BigInteger integer(int h, String which) {
        if (space.intSlots.check(h)) return space.intSlots.bigValue(h);
        int t = space.typeOf(h);
        if (space.lookupType(t, space.ids.__index__) != 0) return Args.bigIndex(space, h);
        if (space.floatSlots.check(h)) {
            double v = space.floatSlots.value(h);
            if (Double.isNaN(v)) throw space.valueError("cannot convert float NaN to integer");
            if (Double.isInfinite(v)) {
                throw space.error(space.exceptions.overflowError, "cannot convert float infinity to integer");
            }
            if (v != Math.rint(v)) throw space.valueError("non-integer " + which + " for randrange()");
            return new java.math.BigDecimal(v).toBigInteger();
        }
        if (space.strSlots.check(h)) {
            String s = space.strSlots.toJava(h);
            try {
                new BigInteger(s.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw space.valueError("invalid literal for int() with base 10: " + space.repr(h));
            }
            throw space.valueError("non-integer " + which + " for randrange()");
        }
        throw space.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + space.typeName(t) + "'");
    }

    // Random.randrange
    private int randrange(int self, int start, int stop, int step) {
        BigInteger istart = integer(start, "arg 1");
        if (stop == 0 || stop == space.none) {
            if (step != 0 && !isOne(step)) throw space.typeError("Missing a non-None stop argument");
            if (istart.signum() > 0) return space.newInt(rt.randbelow(self, istart));
            throw space.valueError("empty range for randrange()");
        }
        BigInteger istop = integer(stop, "stop");
        BigInteger width = istop.subtract(istart);
        BigInteger istep = step == 0 ? BigInteger.ONE : integer(step, "step");
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) return space.newInt(istart.add(rt.randbelow(self, width)));
            throw space.valueError("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        else if (istep.signum() < 0) n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        else throw space.valueError("zero step for randrange()");
        if (n.signum() <= 0) throw space.valueError("empty range for randrange()");
        return space.newInt(istart.add(istep.multiply(rt.randbelow(self, n))));
    }

    /** Whether h is random.py's {@code _ONE}: the int 1 (which pyvm, like CPython, shares). */
    private boolean isOne(int h) {
        return space.typeOf(h) == space.intSlots.type() && space.intSlots.isSmall(h) && space.intSlots.longValue(h) == 1;
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    // Random.shuffle
    private void shuffle(int self, int x) {
        for (long i = space.length(x) - 1; i >= 1; i--) {
            long j = rt.randbelow(self, i + 1);
            int xj = item(x, j);
            int xi;
            try {
                xi = item(x, i);
            } catch (PyException e) {
                heap.decref(xj);
                throw e;
            }
            try {
                setItem(x, i, xj);
                setItem(x, j, xi);
            } finally {
                heap.decref(xj);
                heap.decref(xi);
            }
        }
    }

    private void setItem(int seq, long i, int value) {
        if (space.tupleSlots.check(seq)) {
            // TupleType.setItem(h, i, value) is the tuple builder's, not item assignment
            throw space.typeError("'" + space.typeName(space.typeOf(seq)) + "' object does not support item assignment");
        }
        int key = space.newInt(i);
        try {
            space.setItem(seq, key, value);
        } finally {
            heap.decref(key);
        }
    }

    /** Whether h is a sequence as random.py's {@code isinstance(population, _Sequence)} sees it. */
    private boolean isSequence(int h) {
        if (space.listSlots.check(h) || space.tupleSlots.check(h) || space.strSlots.check(h)) return true;
        return space.typeName(space.typeOf(h)).equals("range");
    }

    // Random.sample
    private int sample(int self, int population, int kh, int counts) {
        if (!isSequence(population)) {
            throw space.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = space.length(population);
        if (counts != 0) return sampleCounts(self, population, n, kh, counts);
        long k = sampleSize(kh, n);
        long[] indices = sampleIndices(self, n, k);
        int result = space.listSlots.newList(indices.length);
        try {
            for (long j : indices) space.listSlots.appendSteal(result, item(population, j));
        } catch (PyException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }

    /** k of sample(): checked as {@code 0 <= k <= n} and {@code [None] * k} check it. */
    private long sampleSize(int kh, long n) {
        if (!space.intSlots.check(kh)) {
            double k = real(kh);
            if (!(0 <= k && k <= n)) throw space.valueError("Sample larger than population or is negative");
            throw space.typeError("can't multiply sequence by non-int of type '" + space.typeName(space.typeOf(kh)) + "'");
        }
        BigInteger k = space.intSlots.bigValue(kh);
        if (k.signum() < 0 || k.compareTo(BigInteger.valueOf(n)) > 0) {
            throw space.valueError("Sample larger than population or is negative");
        }
        return k.longValue();
    }

    /** The positions sample() picks from a population of n, in order. */
    private long[] sampleIndices(int self, long n, long k) {
        long[] result = new long[(int) k];
        long setsize = 21; // size of a small set minus size of an empty list
        if (k > 5) setsize += (long) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4))); // table size for big sets
        if (n <= setsize) {
            long[] pool = new long[(int) n];
            for (int i = 0; i < n; i++) pool[i] = i;
            for (int i = 0; i < k; i++) {
                int j = (int) rt.randbelow(self, n - i);
                result[i] = pool[j];
                pool[j] = pool[(int) (n - i - 1)]; // move non-selected item into vacancy
            }
        } else {
            Set<Long> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = rt.randbelow(self, n);
                while (selected.contains(j)) j = rt.randbelow(self, n);
                selected.add(j);
                result[i] = j;
            }
        }
        return result;
    }

    // Random.sample with counts: sample(range(total)) mapped through the cumulative counts
    private int sampleCounts(int self, int population, long n, int kh, int counts) {
        int[] cum = cumulative(counts);
        try {
            if (cum.length != n) throw space.valueError("The number of counts does not match the population");
            int total = cum[cum.length - 1];
            if (!space.intSlots.check(total)) throw space.typeError("Counts must be integers");
            BigInteger t = space.intSlots.bigValue(total);
            if (t.signum() <= 0) throw space.valueError("Total of counts must be greater than zero");
            if (t.bitLength() > 63) throw space.error(space.exceptions.overflowError, "Python int too large to convert to C ssize_t");
            long k = sampleSize(kh, t.longValue());
            long[] selections = sampleIndices(self, t.longValue(), k);
            int result = space.listSlots.newList(selections.length);
            try {
                for (long s : selections) {
                    int sh = space.newInt(s);
                    long at;
                    try {
                        at = bisectRight(cum, cum.length - 1, sh);
                    } finally {
                        heap.decref(sh);
                    }
                    space.listSlots.appendSteal(result, item(population, at));
                }
            } catch (PyException e) {
                heap.decref(result);
                throw e;
            }
            return result;
        } finally {
            Args.release(space, cum);
        }
    }

    /** {@code list(itertools.accumulate(iterable))}: new references. */
    private int[] cumulative(int iterable) {
        int[] items = Args.items(space, iterable);
        for (int i = 1; i < items.length; i++) {
            int sum;
            try {
                sum = space.binaryOp(items[i - 1], items[i], NumberOps.ADD);
            } catch (PyException e) {
                Args.release(space, items);
                throw e;
            }
            heap.decref(items[i]);
            items[i] = sum;
        }
        return items;
    }

    /** {@code bisect.bisect_right(a[:hi], x)} over handles. */
    private long bisectRight(int[] a, int hi, int x) {
        int lo = 0;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int lt = space.richCompare(x, a[mid], Compare.LT);
            boolean less;
            try {
                less = space.isTrue(lt);
            } finally {
                heap.decref(lt);
            }
            if (less) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    // Random.choices
    private int choices(int self, int population, int weights, int cumWeights, int kh) {
        long n = space.length(population);
        long k = 1;
        if (kh != 0) {
            if (!space.intSlots.check(kh)) {
                throw space.typeError("'" + space.typeName(space.typeOf(kh)) + "' object cannot be interpreted as an integer");
            }
            k = Math.max(0, space.intSlots.bigValue(kh).longValue());
        }
        if (cumWeights == 0) {
            if (weights == 0) {
                double fn = n;
                int result = space.listSlots.newList(0);
                try {
                    for (long i = 0; i < k; i++) {
                        space.listSlots.appendSteal(result, item(population, (long) Math.floor(rt.random(self) * fn)));
                    }
                } catch (PyException e) {
                    heap.decref(result);
                    throw e;
                }
                return result;
            }
            int[] cum = cumulative(weights);
            try {
                return choicesCumulative(self, population, n, cum, k);
            } finally {
                Args.release(space, cum);
            }
        }
        if (weights != 0) throw space.typeError("Cannot specify both weights and cumulative weights");
        int[] cum = Args.items(space, cumWeights);
        try {
            return choicesCumulative(self, population, n, cum, k);
        } finally {
            Args.release(space, cum);
        }
    }

    private int choicesCumulative(int self, int population, long n, int[] cum, long k) {
        if (cum.length != n) throw space.valueError("The number of weights does not match the population");
        double total = real(cum[cum.length - 1]) + 0.0;
        if (total <= 0.0) throw space.valueError("Total of weights must be greater than zero");
        if (!Double.isFinite(total)) throw space.valueError("Total of weights must be finite");
        int hi = (int) n - 1;
        int result = space.listSlots.newList(0);
        try {
            for (long i = 0; i < k; i++) {
                int x = space.newFloat(rt.random(self) * total);
                long at;
                try {
                    at = bisectRight(cum, hi, x);
                } finally {
                    heap.decref(x);
                }
                space.listSlots.appendSteal(result, item(population, at));
            }
        } catch (PyException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }
}

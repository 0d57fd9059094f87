package dev.pyvm.objects;

/**
 * CPython 3.11's string hash: SipHash-1-3 (Python/pyhash.c siphash13) with the key that
 * {@code PYTHONHASHSEED=0} gives, all zeros, so that pyvm's hashes, and with them the order of
 * sets of strings, are those of {@code PYTHONHASHSEED=0 python3}.
 */
final class SipHash {
    private SipHash() {}

    /** The hash of {@code len} bytes produced by {@code bytes}; 0 for no bytes, never -1. */
    static long hash(ByteSource bytes, int len) {
        if (len == 0) return 0;
        long k0 = 0, k1 = 0;
        long b = (long) len << 56;
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int i = 0;
        for (; len - i >= 8; i += 8) {
            long mi = 0;
            for (int k = 7; k >= 0; k--) mi = (mi << 8) | bytes.at(i + k);
            v3 ^= mi;
            // SINGLE_ROUND
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int k = len - i - 1; k >= 0; k--) t = (t << 8) | bytes.at(i + k);
        b |= t;
        v3 ^= b;
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        v0 ^= b;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        }
        long x = (v0 ^ v1) ^ (v2 ^ v3);
        return x == -1 ? -2 : x;
    }

    /** Byte {@code i} (0..255) of the hashed data. */
    interface ByteSource {
        int at(int i);
    }
}

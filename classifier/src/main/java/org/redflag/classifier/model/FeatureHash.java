package org.redflag.classifier.model;

/**
 * A polynomial hash of feature strings modulo the Mersenne prime 2<sup>61</sup>-1, so that scoring can compute the key
 * of {@code "t:" + word} or {@code previous + "_" + word} from the keys of its parts without building the string:
 * {@code key(a + b) = key(a) * base^length(b) + key(b)}. Each character counts as its value plus one, so no character
 * hashes like an empty string. Two different strings of length at most {@code n} share a key with probability at most
 * {@code n / 2^61} over the choice of base; {@link FeatureWeights} checks the model's own features for collisions and
 * picks another base if two of them ever share a key. Immutable and thread-safe.
 */
final class FeatureHash {
    static final long PRIME = (1L << 61) - 1;
    private static final int CACHED_POWERS = 1024;

    private final long base;
    private final long[] powers = new long[CACHED_POWERS];

    FeatureHash(long base) {
        if (base <= 1 || base >= PRIME) {
            throw new IllegalArgumentException("Hash base " + base + " must lie in (1, 2^61-1)");
        }
        this.base = base;
        powers[0] = 1;
        for (int i = 1; i < CACHED_POWERS; i++) {
            powers[i] = multiply(powers[i - 1], base);
        }
    }

    /** The key of a whole string. */
    long of(CharSequence s) {
        long h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = append(h, s.charAt(i));
        }
        return h;
    }

    /** The key of a string after one more character. */
    long append(long h, char c) {
        long r = multiply(h, base) + c + 1;
        return r >= PRIME ? r - PRIME : r;
    }

    /** The key of {@code left + right}, given the key of each part and the length of the right one. */
    long concat(long left, long right, int rightLength) {
        long r = multiply(left, power(rightLength)) + right;
        return r >= PRIME ? r - PRIME : r;
    }

    /** {@code base^n} modulo the prime. */
    long power(int n) {
        if (n < CACHED_POWERS) {
            return powers[n];
        }
        long result = 1;
        long b = base;
        for (int e = n; e > 0; e >>>= 1) {
            if ((e & 1) != 0) {
                result = multiply(result, b);
            }
            b = multiply(b, b);
        }
        return result;
    }

    /** {@code a * b} modulo 2^61-1, for {@code a, b} below the prime: 2^64 is 8 modulo the prime. */
    static long multiply(long a, long b) {
        long low = a * b;
        long high = Math.multiplyHigh(a, b);
        long r = (low & PRIME) + (low >>> 61) + (high << 3);
        r = (r & PRIME) + (r >>> 61);
        return r >= PRIME ? r - PRIME : r;
    }
}

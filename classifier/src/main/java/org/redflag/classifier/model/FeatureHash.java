package org.redflag.classifier.model;

/**
 * A polynomial hash of feature strings modulo 2<sup>64</sup> (plain {@code long} arithmetic, one multiplication per
 * character), so that scoring can compute the key of {@code "t:" + word} or {@code previous + "_" + word} from the keys
 * of its parts without building the string: {@code key(a + b) = key(a) * base^length(b) + key(b)}. Each character
 * counts as its value plus one, so no character hashes like an empty string, and the base is odd, so no character's
 * contribution is ever lost.
 *
 * <p>Why a 64-bit key is enough: {@link FeatureWeights} checks that the model's own features have distinct keys (and
 * picks another base if not), so a known feature always finds its own weight. An unknown feature takes a known one's
 * weight only if their keys collide, about one chance in 2<sup>64</sup> / (number of features) per look-up. Strings
 * built to collide under every base exist for this kind of hash, but they are thousands of characters long, and such a
 * token would only earn an ad the weight of a word its author could have written anyway. Immutable and thread-safe.
 */
final class FeatureHash {
    private static final int CACHED_POWERS = 1024;

    private final long base;
    private final long[] powers = new long[CACHED_POWERS];

    FeatureHash(long base) {
        if ((base & 1) == 0 || base == 1) {
            throw new IllegalArgumentException("Hash base " + base + " must be odd and not 1");
        }
        this.base = base;
        powers[0] = 1;
        for (int i = 1; i < CACHED_POWERS; i++) {
            powers[i] = powers[i - 1] * base;
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
        return h * base + c + 1;
    }

    /** The key of {@code left + right}, given the key of each part and the length of the right one. */
    long concat(long left, long right, int rightLength) {
        return left * power(rightLength) + right;
    }

    /** {@code base^n} modulo 2^64. */
    long power(int n) {
        if (n < CACHED_POWERS) {
            return powers[n];
        }
        long result = 1;
        long b = base;
        for (int e = n; e > 0; e >>>= 1) {
            if ((e & 1) != 0) {
                result *= b;
            }
            b *= b;
        }
        return result;
    }
}

package org.redflag.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureHashTest {
    private static final BigInteger PRIME = BigInteger.valueOf(FeatureHash.PRIME);
    private final FeatureHash hash = new FeatureHash(0x1F3A_5C7B_9E2D_4C61L);

    @Test
    void multipliesModuloTheMersennePrime() {
        Random random = new Random(3);
        long[] edge = {0, 1, 2, FeatureHash.PRIME - 1, FeatureHash.PRIME - 2, 1L << 60};
        for (int i = 0; i < 10_000; i++) {
            long a = i < 36 ? edge[i % 6] : Math.floorMod(random.nextLong(), FeatureHash.PRIME);
            long b = i < 36 ? edge[i / 6] : Math.floorMod(random.nextLong(), FeatureHash.PRIME);
            long expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(PRIME).longValueExact();
            assertThat(FeatureHash.multiply(a, b)).as("%d * %d", a, b).isEqualTo(expected);
        }
    }

    @Test
    void composesTheKeyOfAConcatenationFromItsParts() {
        String[] parts = {"", "c:", "<s>_", "word", "m:country=", "高薪", "\u0000", "x".repeat(1500), "ab".repeat(700)};
        for (String left : parts) {
            for (String right : parts) {
                assertThat(hash.concat(hash.of(left), hash.of(right), right.length())).isEqualTo(hash.of(left + right));
            }
        }
        assertThat(hash.append(hash.of("prev"), '_')).isEqualTo(hash.of("prev_"));
    }

    @Test
    void tellsApartStringsThatDifferOnlyByLeadingZeroCharacters() {
        assertThat(hash.of("\u0000a")).isNotEqualTo(hash.of("a"));
        assertThat(hash.of("")).isNotEqualTo(hash.of("\u0000"));
    }

    @Test
    void rejectsABaseOutsideTheField() {
        assertThatThrownBy(() -> new FeatureHash(1)).hasMessageContaining("must lie in");
        assertThatThrownBy(() -> new FeatureHash(FeatureHash.PRIME)).hasMessageContaining("must lie in");
    }
}

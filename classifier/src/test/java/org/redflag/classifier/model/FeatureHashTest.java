package org.redflag.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeatureHashTest {
    private final FeatureHash hash = new FeatureHash(0x1F3A_5C7B_9E2D_4C61L);

    @Test
    void composesTheKeyOfAConcatenationFromItsParts() {
        String[] parts = {"", "c:", "<s>_", "word", "m:country=", "高薪", "\u0000", "x".repeat(1500), "ab".repeat(700)};
        for (String left : parts) {
            for (String right : parts) {
                assertThat(hash.concat(hash.of(left), hash.of(right), right.length())).isEqualTo(hash.of(left + right));
            }
        }
        assertThat(hash.append(hash.of("prev"), '_')).isEqualTo(hash.of("prev_"));
        assertThat(hash.power(3000)).isEqualTo(hash.power(1000) * hash.power(1000) * hash.power(1000));
    }

    @Test
    void tellsApartStringsThatDifferOnlyByLeadingZeroCharacters() {
        assertThat(hash.of("\u0000a")).isNotEqualTo(hash.of("a"));
        assertThat(hash.of("")).isNotEqualTo(hash.of("\u0000"));
    }

    @Test
    void rejectsAnEvenBaseOrOne() {
        assertThatThrownBy(() -> new FeatureHash(1)).hasMessageContaining("must be odd and not 1");
        assertThatThrownBy(() -> new FeatureHash(0x1000)).hasMessageContaining("must be odd and not 1");
    }
}

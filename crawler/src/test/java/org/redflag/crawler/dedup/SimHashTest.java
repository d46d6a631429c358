package org.redflag.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {
    private static final String AD = "Work in Cambodia as a typing clerk. High salary 2000 USD a month, flights and "
            + "housing paid, no experience needed. Contact us on Telegram to start next week. Passport required.";

    @Test
    void nearIdenticalTextsAreWithinAFewBits() {
        String repost = AD.replace("next week", "this week").toUpperCase(java.util.Locale.ROOT);
        assertThat(SimHash.distance(SimHash.of(AD), SimHash.of(repost))).isLessThanOrEqualTo(8);
        assertThat(SimHash.distance(SimHash.of(AD), SimHash.of(AD + "  "))).isZero();
    }

    @Test
    void unrelatedTextsAreFarApart() {
        String other = "Our family bakery in York needs a weekend sales assistant. Minimum wage plus tips, "
                + "training given, apply in person with your CV on Saturday morning.";
        assertThat(SimHash.distance(SimHash.of(AD), SimHash.of(other))).isGreaterThan(12);
    }

    @Test
    void chineseTextIsFingerprintedByCharacters() {
        String zh = "柬埔寨高薪招聘打字员，月薪两万，包吃包住，机票报销，无需经验，联系飞机号。";
        assertThat(SimHash.of(zh)).isNotZero();
        assertThat(SimHash.distance(SimHash.of(zh), SimHash.of(zh + "！"))).isLessThanOrEqualTo(3);
        assertThat(SimHash.of("")).isZero();
    }

    @Test
    void theFingerprintIndexFindsNeighboursButNotItself() {
        FingerprintIndex index = new FingerprintIndex();
        long fp = SimHash.of(AD);
        index.add("a", fp);
        index.add("b", fp ^ 0b101L);
        index.add("c", ~fp);
        assertThat(index.near("a", fp, 3)).containsExactly("b");
        assertThat(index.near("new", fp ^ (1L << 63), 3)).containsExactly("a", "b");
        assertThat(index.near("new", fp ^ 0xFFL, 3)).isEmpty();
    }
}

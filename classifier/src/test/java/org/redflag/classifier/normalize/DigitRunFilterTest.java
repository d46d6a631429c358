package org.redflag.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick filter may let a text through wrongly, but must never stop one that holds a run of spelled digits. */
class DigitRunFilterTest {
    private static final String[] TOKENS = {"zero", "Oh", "ONE", "two", "Three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "on", "someone", "twos", "0", "12", "555", "a", "x", "Q", "一", "二", "三", "零", "〇", "壹", "玖", "信",
        "é"};
    private static final String[] GAPS = {" ", " ", "", "  ", "-", ".", ", ", "_", "/", " - ", "    ", "\n", ":"};

    private static boolean filterSays(String s) {
        return DigitRunFilter.mayHoldRun(s.toCharArray(), s.length());
    }

    private static boolean hasRun(String s) {
        return SpelledDigits.firstRun(s.toCharArray(), s.length()) < s.length();
    }

    @Test
    void neverStopsATextWithARun() {
        Random random = new Random(7);
        int runs = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int tokens = 1 + random.nextInt(14);
            for (int k = 0; k < tokens; k++) {
                b.append(TOKENS[random.nextInt(TOKENS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            }
            String s = b.toString();
            if (hasRun(s)) {
                runs++;
                assertThat(filterSays(s)).as("filter on '%s'", s).isTrue();
            }
        }
        assertThat(runs).as("generated texts with a run").isGreaterThan(500);
    }

    @Test
    void stopsOrdinaryTextAndLonelyDigitWords() {
        assertThat(filterSays("We need one driver for two weeks, salary 3000 per month.")).isFalse();
        assertThat(filterSays("Phone 555 1234 567")).isFalse();
        assertThat(filterSays("someone twofold nineteen")).isFalse();
    }

    @Test
    void letsThroughDigitWordsNextToNumbers() {
        assertThat(filterSays("call five 5 5")).isTrue();
        assertThat(filterSays("call 5, five")).isTrue();
        assertThat(filterSays("six-one")).isTrue();
        assertThat(filterSays("电话一三八")).isTrue();
    }

    @Test
    void tellsWhenAsciiTextNeedsNeitherFoldingNorDigits() {
        assertThat(DigitRunFilter.isAsciiWithoutRun("plain text 123".toCharArray(), 14)).isTrue();
        assertThat(DigitRunFilter.isAsciiWithoutRun("caf\u00E9".toCharArray(), 4)).isFalse();
        assertThat(DigitRunFilter.isAsciiWithoutRun("six one two".toCharArray(), 11)).isFalse();
    }
}

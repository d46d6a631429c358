package org.redflag.classifier.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DigitRunsTest {
    /** The expression the scan stands for. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\(?[0-9][0-9 ()./-]{5,}[0-9]");

    private static List<String> scan(String text) {
        List<String> out = new ArrayList<>();
        DigitRuns.forEach(text, (t, from, to) -> out.add(t.substring(from, to)));
        return out;
    }

    private static List<String> regex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Call +855 12 345 678 now|+855 12 345 678",
            "tel (202) 555-0147.|(202) 555-0147",
            "salary 23000-28000 per year|23000-28000",
            "+(12) 3456 78-- end|+(12) 3456 78",
            "123456|''",
            "12 34 and 6789012|6789012",
    })
    void findsTheRunsTheExpressionFinds(String text, String expected) {
        assertThat(scan(text)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        assertThat(scan(text)).isEqualTo(regex(text));
    }

    @Test
    void agreesWithTheExpressionOnRandomText() {
        Random random = new Random(20261123);
        String alphabet = "0123456789 ()./-+x\n";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(scan(text)).as("candidates in '%s'", text).isEqualTo(regex(text));
        }
    }
}

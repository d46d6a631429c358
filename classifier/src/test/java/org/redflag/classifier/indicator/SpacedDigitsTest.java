package org.redflag.classifier.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SpacedDigitsTest {
    /** The pattern the detector stands for, run over the whole text. */
    private static final Pattern SPACED = Pattern.compile("(?<![0-9])[0-9](( | ?- ?|\\.)[0-9]){6,}(?![0-9])");

    private static List<String> find(String text) {
        SpanBuffer spans = new SpanBuffer();
        SpacedDigits.find(text.toCharArray(), text.length(), spans);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            out.add(text.substring(spans.start(i), spans.end(i)));
        }
        return out;
    }

    private static List<String> byPattern(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SPACED.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void findsDigitsWrittenOneAtATime() {
        assertThat(find("call 5 5 5 - 0 1 4 2 now or 1-5-5-5-0-1-4-2 or 5.5.5.0.1.4.2"))
                .containsExactly("5 5 5 - 0 1 4 2", "1-5-5-5-0-1-4-2", "5.5.5.0.1.4.2");
    }

    @Test
    void needsSevenSingleDigits() {
        assertThat(find("1 2 3 4 5 6")).isEmpty();
        assertThat(find("12 3 4 5 6 7 8")).isEmpty();
        assertThat(find("12 3 4 5 6 7 8 9")).containsExactly("3 4 5 6 7 8 9");
        assertThat(find("1 2 3 4 5 6 7 89")).containsExactly("1 2 3 4 5 6 7");
        assertThat(find("1 2 3 4 5 6 78")).isEmpty();
        assertThat(find("1  2 3 4 5 6 7")).isEmpty();
        assertThat(find("1 2 3 4 5 6 7 -")).containsExactly("1 2 3 4 5 6 7");
    }

    @Test
    void agreesWithThePatternOnRandomText() {
        Random random = new Random(7);
        String alphabet = "0123456789  --.ax";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(find(text)).as(text).isEqualTo(byPattern(text));
        }
    }
}

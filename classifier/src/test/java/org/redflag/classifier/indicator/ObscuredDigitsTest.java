package org.redflag.classifier.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.normalize.NormalizedText;
import org.redflag.classifier.normalize.TextNormalizer;

class ObscuredDigitsTest {
    private static final TextNormalizer NORMALIZER = TextNormalizer.standard();
    private static final String[] PIECES = {"call", "me", "at", " ", " ", "-", ".", "(", ")", "/", "0", "1", "5", "55",
        "555 0142", "five", "six", "zero", "５", "６", "③", "七", "八", "5\uFE0F\u20E3", "6\u20E3", "\uFE0F", "\u00A0",
        "’", "\u200B", "Ｃall", "x"};

    private static List<String> find(String text) {
        NormalizedText view = NORMALIZER.normalize(text).forContacts();
        return new ObscuredDigits().find(view).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void findsRunsWithThreeDigitsWrittenOtherwise() {
        assertThat(find("Call five five five 0142 now")).hasSize(1);
        assertThat(find("Text ５５５０１４２")).containsExactly("５５５０１４２");
        assertThat(find("WhatsApp 5\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E3 0142")).hasSize(1);
        assertThat(find("Call 555 0142 or 555-0199")).isEmpty();
    }

    @Test
    void scanningFromTheFirstChangeFindsWhatAFullScanFinds() {
        Random random = new Random(11);
        ObscuredDigits detector = new ObscuredDigits();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            NormalizedText view = NORMALIZER.normalize(b.toString()).forContacts();
            String text = view.text();
            List<int[]> full = ObscuredDigits.scan(view, text.toCharArray(), text.length(), 0);
            assertThat(detector.find(view)).as(b.toString()).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(full);
        }
    }
}

package org.redflag.classifier.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SpacedNamesTest {
    /** What the scan joins: four or more single letters, each pair apart by one separator. */
    private static final Pattern RUN = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z](?:[ .\\-_*·][A-Za-z](?![A-Za-z])){3,}");
    private static final Pattern NAME = Pattern.compile("whatsapp|telegram|wechat|weixin|viber|line");

    /** The text joined by the expression, as {@link SpacedNames#join} does it, or null when nothing is joined. */
    private static String reference(String text) {
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        boolean joined = false;
        while (m.find()) {
            String letters = m.group().replaceAll("[^A-Za-z]", "");
            if (NAME.matcher(letters.toLowerCase(Locale.ROOT)).find()) {
                out.append(text, copied, m.start()).append(letters);
                copied = m.end();
                joined = true;
            }
        }
        return joined ? out.append(text.substring(copied)).toString() : null;
    }

    @Test
    void joinsSpacedAppNamesInProse() {
        assertThat(SpacedNames.join("Add me on W h a t s A p p now, or t.e.l.e.g.r.a.m."))
                .isEqualTo("Add me on WhatsApp now, or telegram.");
        assertThat(SpacedNames.join("Grades a b c d e f accepted")).isNull();
    }

    @Test
    void agreesWithTheExpressionOnRandomText() {
        Random random = new Random(20261123);
        String[] pieces = {"W h a t s A p p", "l-i-n-e", "v.i.b.e.r", "w", "a", "l", "x", "ab", " ", " ", ".", "-", "·",
            "\n", "1"};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(16);
            for (int k = 0; k < length; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertThat(SpacedNames.join(text)).as("joined '%s'", text).isEqualTo(reference(text));
        }
    }
}

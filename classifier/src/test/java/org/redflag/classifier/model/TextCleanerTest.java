package org.redflag.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    private String cleaned(String text) {
        int length = cleaner.clean(text);
        return new String(cleaner.chars(), 0, length);
    }

    @Test
    void cleansExactlyAsTheStringVersion() {
        for (String text : TrickyTexts.all()) {
            assertThat(cleaned(text)).as("clean of '%s'", text).isEqualTo(DeceptionFeatures.clean(text));
        }
    }

    @Test
    void lowerCasesEveryCharacterAsTheJdkDoes() {
        for (int from = 0; from <= Character.MAX_VALUE; from += 128) {
            StringBuilder b = new StringBuilder();
            for (int c = from; c < from + 128; c++) {
                b.append((char) c).append(' ');
            }
            String block = b.toString();
            assertThat(cleaned(block)).as("block from U+%04X", from).isEqualTo(DeceptionFeatures.clean(block));
            String single = String.valueOf((char) from) + "Ab";
            assertThat(cleaned(single)).isEqualTo(DeceptionFeatures.clean(single));
        }
    }

    @Test
    void lowerCasesDottedCapitalIAndFinalSigmaAsTheJdkDoes() {
        assertThat(cleaned("ΟΔΟΣ ΣΟΦΙΑ")).isEqualTo("οδος σοφια");
        assertThat(cleaned("İSTANBUL")).isEqualTo("i\u0307stanbul");
        assertThat(cleaned("\uD801\uDC00x")).isEqualTo("\uD801\uDC28x");
    }

    @Test
    void matchesPatternsOnTheTextAsTheStringVersionDoesAfterLowerCasing() {
        WordScanner scanner = new WordScanner(new FeatureHash(0x1234_5678_9ABDL));
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char x = (char) c;
            for (String text : new String[] {"#URL_" + x + "1#", "#ur" + x + "_a#", "#url_" + x + "#", "&" + x + "mp;",
                "&#3" + x + "; x", "#EMAIL_9" + x + "#z", "&amp" + x}) {
                assertThat(cleaned(text)).as("clean of '%s'", text).isEqualTo(DeceptionFeatures.clean(text));
                assertThat(scanner.words(cleaner, text)).as("words of '%s'", text)
                        .isEqualTo(DeceptionFeatures.words(text).size());
            }
        }
    }

    @Test
    void replacesEntitiesAndPlaceholdersInTheStringVersionsOrder() {
        assertThat(cleaned("A&AMP;B&nbsp;&#39;")).isEqualTo("a and b '");
        assertThat(cleaned("#email_ab#url_1#")).isEqualTo("#email_ab xurlx ");
        assertThat(cleaned("Mail #EMAIL_0A# now")).isEqualTo("mail  xemailx  now");
        assertThat(cleaned("#url_#")).isEqualTo("#url_#");
    }

    @Test
    void growsItsBufferForLongTexts() {
        String text = "Word ".repeat(5000) + "#URL_1#";
        assertThat(cleaned(text)).isEqualTo(DeceptionFeatures.clean(text));
        assertThat(cleaned("short")).isEqualTo("short");
    }
}

package org.redflag.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordScannerTest {
    private final FeatureHash hash = new FeatureHash(0x1234_5678_9ABDL);
    private final TextCleaner cleaner = new TextCleaner();
    private final WordScanner scanner = new WordScanner(hash);

    /** Each word of the string version as its key and length. */
    private List<String> expected(String text) {
        List<String> out = new ArrayList<>();
        for (String w : DeceptionFeatures.words(text)) {
            out.add(hash.of(w) + "/" + w.length());
        }
        return out;
    }

    private List<String> scanned(String text) {
        int count = scanner.words(cleaner, text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(scanner.key(i) + "/" + scanner.length(i));
        }
        return out;
    }

    @Test
    void findsTheWordsOfOpenNlpsSimpleTokenizer() {
        for (String text : TrickyTexts.all()) {
            assertThat(scanned(text)).as("words of '%s'", text).isEqualTo(expected(text));
        }
    }

    @Test
    void classifiesEveryCharacterAsTheTokenizerDoes() {
        for (int from = 0; from <= Character.MAX_VALUE; from += 64) {
            StringBuilder b = new StringBuilder();
            for (int c = from; c < from + 64; c++) {
                b.append('a').append((char) c).append((char) c).append('1').append((char) c).append(' ');
            }
            String block = b.toString();
            assertThat(scanned(block)).as("block from U+%04X", from).isEqualTo(expected(block));
        }
    }

    @Test
    void keepsRunsOfOnePunctuationCharacterAndSplitsDifferentOnes() {
        assertThat(scanned("wow!!! $$-- ok")).containsExactly(hash.of("wow") + "/3", hash.of("!!!") + "/3",
                hash.of("$$") + "/2", hash.of("ok") + "/2");
    }

    @Test
    void growsForTextsWithManyWords() {
        String text = "a b ".repeat(3000);
        assertThat(scanned(text)).hasSize(6000).isEqualTo(expected(text));
    }
}

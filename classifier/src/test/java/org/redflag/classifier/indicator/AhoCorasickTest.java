package org.redflag.classifier.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    private static List<String> find(List<String> keywords, String text) {
        List<String> out = new ArrayList<>();
        new AhoCorasick(keywords).search(text, (k, s, e) -> out.add(keywords.get(k) + "@" + s + "-" + e));
        return out;
    }

    @Test
    void findsOverlappingAndNestedKeywords() {
        assertThat(find(List.of("he", "she", "his", "hers"), "ushers"))
                .containsExactlyInAnyOrder("she@1-4", "he@2-4", "hers@2-6");
    }

    @Test
    void findsChineseKeywords() {
        assertThat(find(List.of("包吃包住", "包住", "机票"), "提供包吃包住和机票"))
                .containsExactlyInAnyOrder("包吃包住@2-6", "包住@4-6", "机票@7-9");
    }

    @Test
    void findsNothingInUnrelatedText() {
        assertThat(find(List.of("telegram"), "a perfectly ordinary sentence")).isEmpty();
    }
}

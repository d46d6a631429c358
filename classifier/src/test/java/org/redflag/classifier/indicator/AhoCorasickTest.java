package org.redflag.classifier.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    private static List<String> find(List<String> keywords, String text) {
        List<String> out = new ArrayList<>();
        new AhoCorasick(keywords).search(text, (k, s, e) -> out.add(keywords.get(k) + "@" + s + "-" + e));
        return out;
    }

    /** Every occurrence, by end position, then longest first, then in keyword order: the order the automaton reports. */
    private static List<String> naive(List<String> keywords, String text) {
        List<String> out = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            for (int length = end; length >= 1; length--) {
                for (String k : keywords) {
                    if (k.length() == length && text.startsWith(k, end - length)) {
                        out.add(k + "@" + (end - length) + "-" + end);
                    }
                }
            }
        }
        return out;
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void findsOverlappingAndNestedKeywords() {
        assertThat(find(List.of("he", "she", "his", "hers"), "ushers"))
                .containsExactly("she@1-4", "he@2-4", "hers@2-6");
    }

    @Test
    void findsChineseKeywords() {
        assertThat(find(List.of("包吃包住", "包住", "机票"), "提供包吃包住和机票"))
                .containsExactly("包吃包住@2-6", "包住@4-6", "机票@7-9");
    }

    @Test
    void findsNothingInUnrelatedText() {
        assertThat(find(List.of("telegram"), "a perfectly ordinary sentence")).isEmpty();
    }

    @Test
    void reportsDuplicateKeywordsInTheirGivenOrder() {
        List<String> keywords = List.of("no", "not", "no");
        List<Integer> seen = new ArrayList<>();
        new AhoCorasick(keywords).search("no", (k, s, e) -> seen.add(k));
        assertThat(seen).containsExactly(0, 2);
    }

    @Test
    void agreesWithANaiveSearchOnRandomLatinText() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<String> keywords = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(25); i++) {
                keywords.add(random(random, "abcab ", 1 + random.nextInt(5)));
            }
            String text = random(random, "abcabxy ", random.nextInt(200));
            assertThat(find(keywords, text)).as("keywords %s in '%s'", keywords, text).isEqualTo(naive(keywords, text));
        }
    }

    @Test
    void agreesWithANaiveSearchWhenKeywordsMixScriptsAndManyCharacters() {
        Random random = new Random(11);
        StringBuilder alphabet = new StringBuilder("abc 12");
        for (int i = 0; i < AhoCorasick.MAX_DENSE + 40; i++) {
            alphabet.append((char) ('\u0100' + i));
        }
        alphabet.append("包吃住机票招聘工资月薪");
        for (int round = 0; round < 200; round++) {
            List<String> keywords = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(60); i++) {
                keywords.add(random(random, alphabet.toString(), 1 + random.nextInt(4)));
            }
            String small = random(random, "abc包吃住机票\u0100\u0101\u0150 ", 4) + alphabet;
            String text = random(random, small, random.nextInt(300));
            assertThat(find(keywords, text)).as("keywords %s in '%s'", keywords, text).isEqualTo(naive(keywords, text));
        }
    }

    /** Long texts are read as two halves at once: matches around and across the middle must come out as in one pass. */
    @Test
    void agreesWithANaiveSearchAcrossTheMiddleOfTheText() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            List<String> keywords = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                keywords.add(random(random, "aab", 1 + random.nextInt(12)));
            }
            String text = random(random, "aabx", 4 * 12 + random.nextInt(80));
            assertThat(find(keywords, text)).as("keywords %s in '%s'", keywords, text).isEqualTo(naive(keywords, text));
        }
    }

    @Test
    void ignoresAnEmptyKeywordAndAnEmptyText() {
        assertThat(find(List.of("", "a"), "aa")).containsExactly("a@0-1", "a@1-2");
        assertThat(find(List.of("a"), "")).isEmpty();
        assertThat(find(List.of(), "abc")).isEmpty();
    }

    @Test
    void reportsItsSize() {
        AhoCorasick automaton = new AhoCorasick(List.of("ab", "ac", "包住"));
        assertThat(automaton.stateCount()).isEqualTo(6);
        assertThat(automaton.tableBytes()).isPositive();
    }
}

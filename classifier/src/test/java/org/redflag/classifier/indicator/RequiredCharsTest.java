package org.redflag.classifier.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredCharsTest {

    private static boolean mayMatch(String regex, String text) {
        return RequiredChars.of(Pattern.compile(regex)).mayMatch(text.toCharArray(), 0, text.length());
    }

    @Test
    void rulesOutTextMissingARequiredCharacter() {
        String age = "(age|aged|ages|between) ?1[6-9] ?(-|to) ?2[0-9]";
        assertThat(mayMatch(age, "aged 16-25")).isTrue();
        assertThat(mayMatch(age, "our manager will help")).isFalse();
        assertThat(mayMatch(age, "aged 30-45")).isFalse();
    }

    @Test
    void rulesOutTextMissingEveryWordOfARequiredGroup() {
        String organ = "\\b(sell|selling|buy)\\b.{0,20}\\b(kidney|liver)s?\\b";
        assertThat(mayMatch(organ, "we deliver to your door, fresh food daily")).isFalse();
        assertThat(mayMatch(organ, "sell your kidney")).isTrue();
    }

    @Test
    void findsAWordOfAGroupButNotItsFirstCharactersAlone() {
        assertThat(mayMatch("x(paid|pro)", "x pp rr aa ii dd pa pai")).isFalse();
        assertThat(mayMatch("x(paid|pro)", "x pa pai prp paid")).isTrue();
        assertThat(mayMatch("x(paid|pro)", "x pa pai prp pro")).isTrue();
        assertThat(mayMatch("x(per|q)", "x pe pr eq")).isTrue();
        assertThat(mayMatch("x(per|q)", "x pe pr ep")).isFalse();
    }

    @Test
    void rulesOutTextMissingALiteralRun() {
        String donors = "\\b(kidney|liver) donors?\\b";
        assertThat(mayMatch(donors, "we deliver to donations desk")).isFalse();
        assertThat(mayMatch(donors, "kidney donors")).isTrue();
        assertThat(mayMatch("ab+c", "abbc")).isTrue();
        assertThat(mayMatch("xab?c", "xac")).isTrue();
    }

    @Test
    void looksOnlyWithinTheGivenWindow() {
        RequiredChars required = RequiredChars.of(Pattern.compile("1[6-9] ?岁"));
        char[] text = "招聘16岁以上 工资高".toCharArray();
        assertThat(required.mayMatch(text, 0, 5)).isTrue();
        assertThat(required.mayMatch(text, 5, text.length)).isFalse();
    }

    @Test
    void requiresNothingFromOptionalPartsAlternativesOrLookArounds() {
        assertThat(mayMatch("a(bc)?d", "ad")).isTrue();
        assertThat(mayMatch("x(b|c)", "xc")).isTrue();
        assertThat(mayMatch("飞机(?!票)", "飞机")).isTrue();
        assertThat(mayMatch("(?<=q)a", "a")).isTrue();
        assertThat(mayMatch("a{0,3}b", "b")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?i)abc", "\\p{L}+x", "\\Qa.b\\E", "(a)\\1", "(?<n>ab)", "[a-z&&[^b]]x", "\\x41"})
    void requiresNothingFromSyntaxItDoesNotRead(String regex) {
        assertThat(RequiredChars.of(Pattern.compile(regex)).size()).isZero();
    }

    @Test
    void neverRulesOutAWindowWhereTheExpressionMatches() {
        List<String> regexes = List.of("(ab|c)d?e+", "[a-c]{2}(x|yz)", "a.{0,3}(b|\\$)", "\\b(ab|ba)s? (cd|dc)\\b",
                "(?:a|bc)+[^a]d", "a(?=b)", "[-a]b\\d", "(a|b)(c|d)?(e|a)", "ab+c", "xa?bc", "a\\$b{1,2}c",
                "(ab|cd)e", "a\\bb");
        Random random = new Random(3);
        for (String regex : regexes) {
            Pattern pattern = Pattern.compile(regex);
            RequiredChars required = RequiredChars.of(pattern);
            for (int round = 0; round < 2000; round++) {
                char[] text = new char[random.nextInt(12)];
                for (int i = 0; i < text.length; i++) {
                    text[i] = "abcdexyz $1-".charAt(random.nextInt(12));
                }
                int from = text.length == 0 ? 0 : random.nextInt(text.length);
                int to = from + random.nextInt(text.length - from + 1);
                Matcher m = pattern.matcher(new String(text)).region(from, to);
                if (m.find()) {
                    assertThat(required.mayMatch(text, from, to)).as("%s in '%s' [%d,%d)", regex, new String(text), from, to)
                            .isTrue();
                }
            }
        }
    }
}

package org.redflag.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
    private static final TextNormalizer NORMALIZER = TextNormalizer.standard();

    private static String matching(String s) {
        return NORMALIZER.normalize(s).forMatching().text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "W h a t s A p p us|whatsapp us",
        "contact tele.gram now|contact telegram now",
        "ＷｈａｔｓＡｐｐ|whatsapp",
        "p4ssport and c4sino|passport and casino",
        "what's app|whats app",
        "微 信 号|微信号",
        "報銷機票|报销机票",
        "FREE   flights\t\tnow|free flights now",
        "t3legram and wh@tsapp|telegram and whatsapp",
        "full-time job|fulltime job",
        "a.b.c.d|abcd",
        "experience-based pay|experience-based pay",
    })
    void defeatsEvasions(String input, String expected) {
        assertThat(matching(input)).isEqualTo(expected);
    }

    @Test
    void collapsesWhitespaceRunsToOneSpaceOrNewline() {
        assertThat(matching("  Hello\n\n world ")).isEqualTo("hello\nworld ");
    }

    @Test
    void keepsPricesAndPhoneNumbersIntact() {
        assertThat(matching("Salary $3000, call 555-1234")).isEqualTo("salary $3000, call 555-1234");
    }

    @Test
    void keepsSentenceEndsBetweenLongWords() {
        assertThat(matching("experience.Free housing")).isEqualTo("experience.free housing");
    }

    @Test
    void turnsSpelledOutEmojiAndFullWidthDigitsIntoDigits() {
        assertThat(NORMALIZER.normalize("call six one two five five five").forContacts().text()).isEqualTo("call 612555");
        assertThat(NORMALIZER.normalize("6\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E3").forContacts().text()).isEqualTo("612");
        assertThat(NORMALIZER.normalize("６１２").forContacts().text()).isEqualTo("612");
        assertThat(NORMALIZER.normalize("电话一三八一二三四五六七八").forContacts().text()).isEqualTo("电话13812345678");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SIX one TWO|612",
        "555 one two|55512",
        "six.one/two|612",
        "oh five five|055",
        "one two|one two",
        "12 34 56|12 34 56",
        "six    one two|six    one two",
        "someone two three|someone two three",
        "壹贰叁肆伍陆柒|1234567",
        "一二三四五六|一二三四五六",
    })
    void readsSpelledOutNumbersOfThreeOrMoreDigits(String input, String expected) {
        assertThat(NORMALIZER.normalize(input).forContacts().text()).isEqualTo(expected);
    }

    @Test
    void readsLeetspeakFromTheLettersAsTheyWereBeforeLowerCasing() {
        // U+0130 lower-cases to an ASCII 'i', but was no ASCII letter when the '4' after it was judged.
        assertThat(matching("\u01304b")).isEqualTo("i4b");
        assertThat(matching("P4SS")).isEqualTo("pass");
    }

    @Test
    void leavesASingleNumberWordAlone() {
        assertThat(NORMALIZER.normalize("one month of training").forContacts().text()).isEqualTo("one month of training");
    }

    @Test
    void mapsEveryNormalisedSpanBackToTheOriginalText() {
        String original = "Free ＦＬＩＧＨＴＳ, W h a t s A p p!";
        NormalizedText n = NORMALIZER.normalize(original).forMatching();
        int at = n.text().indexOf("whatsapp");
        assertThat(n.originalText(at, at + "whatsapp".length())).isEqualTo("W h a t s A p p");
        int flights = n.text().indexOf("flights");
        assertThat(n.originalText(flights, flights + 7)).isEqualTo("ＦＬＩＧＨＴＳ");
    }

    @Test
    void mapsTraditionalToSimplifiedOneCharacterForOne() {
        ChineseScriptMap map = ChineseScriptMap.load();
        assertThat(map.size()).isGreaterThan(2000);
        assertThat(map.simplify('機')).isEqualTo('机');
        assertThat(map.simplify('机')).isEqualTo('机');
        assertThat(map.simplify('a')).isEqualTo('a');
    }
}

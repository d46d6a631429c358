package org.redflag.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every normalised character maps back to the exact span of the original it came from, whichever pass moved it. */
class NormalizedOffsetsTest {
    private static final TextNormalizer NORMALIZER = TextNormalizer.standard();

    /** The original text behind each normalised character, in order. */
    private static List<String> sources(NormalizedText t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.text().length(); i++) {
            out.add(t.originalText(i, i + 1));
        }
        return out;
    }

    @Test
    void mapsUnchangedTextOntoItself() {
        String original = "Sales manager";
        NormalizedField n = NORMALIZER.normalize(original);
        assertThat(n.forContacts().text()).isEqualTo(original);
        assertThat(n.forMatching().text()).isEqualTo("sales manager");
        for (int i = 0; i < original.length(); i++) {
            assertThat(n.forMatching().originalSpan(i, i + 1)).containsExactly(i, i + 1);
        }
    }

    @Test
    void mapsCharactersAfterACollapsedSpaceToTheirOwnPlace() {
        NormalizedText t = NORMALIZER.normalize("Hi  you\t\tnow").forMatching();
        assertThat(t.text()).isEqualTo("hi you now");
        assertThat(sources(t)).containsExactly("H", "i", "  ", "y", "o", "u", "\t\t", "n", "o", "w");
        assertThat(t.originalSpan(3, 10)).containsExactly(4, 12);
    }

    @Test
    void mapsSpelledDigitsToTheirWords() {
        NormalizedText t = NORMALIZER.normalize("call Six-ONE two 5").forContacts();
        assertThat(t.text()).isEqualTo("call 6125");
        assertThat(sources(t)).containsExactly("c", "a", "l", "l", " ", "Six", "ONE", "two", "5");
    }

    @Test
    void mapsKeycapDigitsToTheDigitAlone() {
        NormalizedText t = NORMALIZER.normalize("6\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E3").forContacts();
        assertThat(t.text()).isEqualTo("612");
        assertThat(t.originalSpan(1, 2)).containsExactly(3, 4);
        assertThat(t.originalSpan(0, 3)).containsExactly(0, 7);
    }

    @Test
    void mapsAnEmojiOutsideTheBasicPlaneToBothItsHalves() {
        NormalizedText t = NORMALIZER.normalize("a\uD83D\uDE00b").forContacts();
        assertThat(t.text()).isEqualTo("a b");
        assertThat(t.originalSpan(1, 2)).containsExactly(1, 3);
        assertThat(t.originalSpan(2, 3)).containsExactly(3, 4);
    }

    @Test
    void mapsEveryCharacterOfAnExpansionToItsSource() {
        NormalizedText t = NORMALIZER.normalize("\uFB01ne  job").forMatching();
        assertThat(t.text()).isEqualTo("fine job");
        assertThat(sources(t)).containsExactly("\uFB01", "\uFB01", "n", "e", "  ", "j", "o", "b");
    }

    @Test
    void mapsFullWidthAndTraditionalCharactersOneToOne() {
        NormalizedText t = NORMALIZER.normalize("ＷｈａｔｓＡｐｐ 報銷").forMatching();
        assertThat(t.text()).isEqualTo("whatsapp 报销");
        assertThat(sources(t)).containsExactly("Ｗ", "ｈ", "ａ", "ｔ", "ｓ", "Ａ", "ｐ", "ｐ", " ", "報", "銷");
    }

    @Test
    void mapsJoinedLettersToEachLetter() {
        NormalizedText t = NORMALIZER.normalize("add W.h.a.t.s, tele.gram").forMatching();
        assertThat(t.text()).isEqualTo("add whats, telegram");
        assertThat(t.originalText(4, 9)).isEqualTo("W.h.a.t.s");
        assertThat(t.originalText(11, 19)).isEqualTo("tele.gram");
    }

    @Test
    void rejectsSpansOutsideTheText() {
        NormalizedText t = NORMALIZER.normalize("abc").forMatching();
        assertThatThrownBy(() -> t.originalSpan(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.originalSpan(2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void normalisesTheEmptyText() {
        NormalizedField n = NORMALIZER.normalize("");
        assertThat(n.forMatching().text()).isEmpty();
        assertThat(n.forContacts().text()).isEmpty();
    }
}

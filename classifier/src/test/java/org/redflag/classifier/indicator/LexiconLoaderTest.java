package org.redflag.classifier.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.Element;
import org.redflag.classifier.normalize.TextNormalizer;

class LexiconLoaderTest {
    private static final LexiconLoader LOADER = new LexiconLoader(TextNormalizer.standard());

    static Path configDir() {
        return Path.of(System.getProperty("redflag.repo.root", ".."), "config");
    }

    private static void load(String yaml) throws Exception {
        LOADER.load("bad.yml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void loadsTheShippedLexiconsCoveringEveryPurpose() {
        List<Lexicon> lexicons = LOADER.loadDirectory(configDir().resolve("indicators"));
        Set<String> languages = lexicons.stream().map(Lexicon::language).collect(Collectors.toSet());
        assertThat(languages).contains("eng", "zho", "mul");
        Set<String> purposes = lexicons.stream().flatMap(l -> l.indicators().stream())
                .filter(d -> d.element() == Element.PURPOSE).map(IndicatorDefinition::exploitation).collect(Collectors.toSet());
        assertThat(purposes).contains("sexual", "labour", "forced_criminality", "organ_removal", "forced_marriage",
                "begging", "child_soldiers");
        assertThat(lexicons.stream().flatMap(l -> l.indicators().stream()).anyMatch(IndicatorDefinition::decisive)).isTrue();
        assertThat(lexicons.stream().flatMap(l -> l.indicators().stream()).anyMatch(IndicatorDefinition::child)).isTrue();
    }

    @Test
    void namesTheFileIndicatorAndKeyOfABadWeight() {
        assertThatThrownBy(() -> load("""
                language: eng
                indicators:
                  - id: x.one
                    element: means
                    weight: 2
                    phrases: [a]
                """)).hasMessageContaining("bad.yml").hasMessageContaining("x.one").hasMessageContaining("weight");
    }

    @Test
    void rejectsAnUnknownElement() {
        assertThatThrownBy(() -> load("""
                language: eng
                indicators:
                  - id: x.one
                    element: motive
                    weight: 0.2
                    phrases: [a]
                """)).hasMessageContaining("element 'motive'").hasMessageContaining("act, means, purpose");
    }

    @Test
    void rejectsAnIndicatorWithNothingToMatch() {
        assertThatThrownBy(() -> load("""
                language: eng
                indicators:
                  - id: x.empty
                    element: act
                    weight: 0.2
                """)).hasMessageContaining("x.empty").hasMessageContaining("phrases");
    }

    @Test
    void namesTheFileIndicatorAndEntryThatNormalisesToNothing() {
        assertThatThrownBy(() -> load("""
                language: eng
                negations: []
                indicators:
                  - id: x.fees
                    element: means
                    weight: 0.3
                    phrases: ["deposit", "*"]
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.yml").hasMessageContaining("x.fees").hasMessageContaining("entry '*'")
                .hasMessageContaining("'phrases'");
    }

    @Test
    void rejectsALexiconCueThatNormalisesToNothing() {
        assertThatThrownBy(() -> load("""
                language: eng
                negations: ["no", "   "]
                indicators:
                  - id: x.fees
                    element: means
                    weight: 0.3
                    phrases: ["deposit"]
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.yml").hasMessageContaining("the lexicon").hasMessageContaining("'negations'");
    }

    @Test
    void rejectsAnInvalidPattern() {
        assertThatThrownBy(() -> load("""
                language: eng
                indicators:
                  - id: x.re
                    element: act
                    weight: 0.2
                    patterns: ["(unclosed"]
                """)).hasMessageContaining("x.re").hasMessageContaining("(unclosed");
    }

    @Test
    void normalisesPhrasesLikeAdText() throws Exception {
        Lexicon l = LOADER.load("ok.yml", new ByteArrayInputStream("""
                language: zho
                indicators:
                  - id: z.one
                    element: act
                    weight: 0.2
                    phrases: ["報銷機票", "What's App"]
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(l.indicators().get(0).phrases()).containsExactly("报销机票", "whats app");
    }
}

package org.redflag.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The normaliser's texts and offsets stay exactly as recorded in {@link NormalizationDigests#RESOURCE}, for the
 * labelled ads, the documented evasions, generated evasive texts and, when the file is present, the EMSCAD ads.
 */
class NormalizationDigestsTest {
    private static final TextNormalizer NORMALIZER = TextNormalizer.standard();

    @Test
    void normalisesBundledAndGeneratedTextsExactlyAsRecorded() throws IOException {
        assertMatchesRecorded(NormalizationDigests.bundledTexts());
    }

    @Test
    void normalisesEmscadAdsExactlyAsRecorded() throws IOException {
        Path data = NormalizationDigests.emscadFile();
        assumeTrue(Files.isRegularFile(data), "EMSCAD training file absent: " + data);
        assertMatchesRecorded(NormalizationDigests.emscadTexts(data));
    }

    private static void assertMatchesRecorded(Map<String, String> texts) throws IOException {
        Map<String, String> recorded = NormalizationDigests.recorded();
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            expected.put(name, recorded.get(name));
            actual.put(name, NormalizationDigests.digest(NORMALIZER, text));
        });
        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(actual).containsExactlyEntriesOf(expected);
    }
}

package org.redflag.classifier.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

class LangdetectModelFileTest {
    private static final String MODEL = "/langdetect-183.bin";

    @Test
    void readsTheSameOutcomesAndParametersAsOpenNlp() throws Exception {
        MaxentModel openNlp;
        try (InputStream in = getClass().getResourceAsStream(MODEL)) {
            openNlp = new LanguageDetectorModel(in).getMaxentModel();
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> expected = (Map<String, Context>) ((AbstractModel) openNlp).getDataStructures()[1];
        Map<String, double[]> read = new HashMap<>();
        Map<String, int[]> readOutcomes = new HashMap<>();
        String[] outcomes;
        try (InputStream in = getClass().getResourceAsStream(MODEL)) {
            outcomes = LangdetectModelFile.read(in, (gram, o, p) -> {
                read.put(gram, p.clone());
                readOutcomes.put(gram, o.clone());
            });
        }

        assertThat(outcomes).hasSize(openNlp.getNumOutcomes());
        for (int i = 0; i < outcomes.length; i++) {
            assertThat(outcomes[i]).isEqualTo(openNlp.getOutcome(i));
        }
        assertThat(read).hasSameSizeAs(expected);
        expected.forEach((gram, context) -> {
            assertThat(readOutcomes.get(gram)).as(gram).containsExactly(context.getOutcomes());
            assertThat(read.get(gram)).as(gram).containsExactly(context.getParameters());
        });
    }

    @Test
    void parsesOutcomePatterns() {
        assertThat(LangdetectModelFile.parsePattern("3 0 17 102")).containsExactly(3, 0, 17, 102);
        assertThat(LangdetectModelFile.parsePattern("1 5")).containsExactly(1, 5);
        assertThatThrownBy(() -> LangdetectModelFile.parsePattern("2 x")).hasMessageContaining("Bad outcome pattern '2 x'");
    }

    @Test
    void saysWhatIsWrongWithAFileThatIsNotAModelPackage() {
        assertThatThrownBy(() -> LangdetectModelFile.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), (g, o, p) -> { }))
                .hasMessageContaining("has no 'langdetect.model' entry");
    }
}

package org.redflag.classifier.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NgramTableTest {
    /** Languages the identifier never gives to text without a CJK character. */
    private static final Set<String> CJK = Set.of("cmn", "zho", "jpn", "kor", "yue", "nan");
    private static MaxentModel model;
    private static Map<String, Context> parameters;
    private static LanguageIdentifier identifier;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws Exception {
        try (InputStream in = NgramTableTest.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorModel(in).getMaxentModel();
        }
        parameters = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
        identifier = LanguageIdentifier.load();
    }

    /** The plain computation: each distinct n-gram's parameters, looked up by string, summed in key order. */
    private static DetectedLanguage reference(String sample) {
        TreeMap<Long, String> grams = new TreeMap<>();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= sample.length(); i++) {
                grams.put(NgramTable.key(sample, i, n), sample.substring(i, i + n));
            }
        }
        double[] sums = new double[model.getNumOutcomes()];
        for (String gram : grams.values()) {
            Context c = parameters.get(gram);
            if (c != null) {
                for (int k = 0; k < c.getOutcomes().length; k++) {
                    sums[c.getOutcomes()[k]] += (float) c.getParameters()[k];
                }
            }
        }
        int best = 0;
        for (int i = 1; i < sums.length; i++) {
            if (!CJK.contains(model.getOutcome(i)) && (CJK.contains(model.getOutcome(best)) || sums[i] > sums[best])) {
                best = i;
            }
        }
        double z = 0;
        for (double s : sums) {
            z += Math.exp(s - sums[best]);
        }
        return new DetectedLanguage(model.getOutcome(best), 1 / z);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We are hiring customer service staff for our office. Free housing and flights are provided.",
            "Buscamos camareros para nuestro restaurante en la playa, con alojamiento incluido y comida.",
            "Wir suchen Mitarbeiter für unser Lager in Hamburg, Unterkunft wird gestellt, sofort.",
            "Nous recherchons des serveurs pour notre restaurant à Paris, logement fourni et repas.",
            "Работа за границей, жильё и билеты оплачиваются, опыт не нужен, звоните сейчас"})
    void scoresBitForBitLikeSummingTheModelParametersOneByOne(String text) {
        String sample = LanguageIdentifier.sample(text);
        assertThat(identifier.scoreSample(sample, false)).isEqualTo(reference(sample));
    }
}

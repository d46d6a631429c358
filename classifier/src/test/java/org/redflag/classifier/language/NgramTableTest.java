package org.redflag.classifier.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redflag.classifier.AdText;
import org.redflag.classifier.eval.LabelledAdReader;

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
    private static DetectedLanguage reference(String sample, boolean hasCjk) {
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
        int best = -1;
        for (int i = 0; i < sums.length; i++) {
            if ((hasCjk || !CJK.contains(model.getOutcome(i))) && (best < 0 || sums[i] > sums[best])) {
                best = i;
            }
        }
        double z = 0;
        for (double s : sums) {
            z += Math.exp(s - sums[best]);
        }
        return new DetectedLanguage(model.getOutcome(best).equals("cmn") ? "zho" : model.getOutcome(best), 1 / z);
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
        assertThat(identifier.scoreSample(sample, false)).isEqualTo(reference(sample, false));
    }

    /**
     * Every sample of real ads (the repository's labelled sets and, when present, the EMSCAD file; whole texts, single
     * fields and texts cut at several points) scores bit for bit like the plain computation, with and without CJK
     * languages allowed.
     */
    @Test
    void scoresRealAdsBitForBitLikeSummingTheModelParametersOneByOne() throws Exception {
        Set<String> samples = new LinkedHashSet<>();
        for (AdText ad : realAds()) {
            String text = ad.text();
            for (String part : List.of(text, ad.title(), text.substring(text.length() / 3), text.substring(text.length() / 2))) {
                samples.add(LanguageIdentifier.sample(part));
            }
            for (String field : AdText.FIELDS) {
                samples.add(LanguageIdentifier.sample(ad.field(field)));
            }
        }
        samples.removeIf(sample -> sample.length() < 3);
        assertThat(samples).hasSizeGreaterThan(1000);
        for (String sample : samples) {
            assertThat(identifier.scoreSample(sample, false)).as(sample).isEqualTo(reference(sample, false));
            assertThat(identifier.scoreSample(sample, true)).as(sample).isEqualTo(reference(sample, true));
        }
    }

    /** The ads of the labelled sets under test resources, and of the EMSCAD file next to the repository if present. */
    static List<AdText> realAds() throws Exception {
        List<AdText> ads = new ArrayList<>();
        Path labelled = Path.of(NgramTableTest.class.getResource("/org/redflag/classifier/labelled").toURI());
        try (Stream<Path> files = Files.list(labelled)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                LabelledAdReader.read(file).forEach(ad -> ads.add(ad.ad()));
            }
        }
        Path emscad = Path.of(System.getProperty("redflag.repo.root", ".."), "..", "shared", "data", "emscad-train.csv");
        if (Files.isRegularFile(emscad)) {
            LabelledAdReader.read(emscad).forEach(ad -> ads.add(ad.ad()));
        }
        return ads;
    }
}

package org.redflag.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.AdText;
import org.redflag.classifier.eval.LabelledAd;
import org.redflag.classifier.eval.LabelledAdReader;

class MaxentDeceptionModelTest {
    private static final double TOLERANCE = 1e-12;
    private static MaxentDeceptionModel model;

    @BeforeAll
    static void loadTheShippedModel() throws IOException {
        try (InputStream in = MaxentDeceptionModel.class.getResourceAsStream("deception-emscad.bin")) {
            model = MaxentDeceptionModel.read(in, "deception-emscad");
        }
    }

    /** Ads whose every field is one of the tricky texts, in turn, next to ordinary fields. */
    private static List<AdText> trickyAds() {
        List<String> texts = TrickyTexts.all();
        List<AdText> ads = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            String other = texts.get((i * 7 + 3) % texts.size());
            ads.add(new AdText("t" + i, other, t, "", "", "", ""));
            ads.add(new AdText("c" + i, t, other, t, t, t, ""));
            ads.add(new AdText("l" + i, "Typist", "Work from home " + t, "x".repeat(i % 90), "US, NY, " + t, "", ""));
        }
        return ads;
    }

    @Test
    void scoresExactlyAsOpenNlpsCategorizer() {
        for (AdText ad : trickyAds()) {
            if (!(ad.title().isBlank() && ad.text().isBlank())) {
                assertThat(model.rawProbability(ad)).as("ad %s", ad)
                        .isCloseTo(model.rawProbabilityByOpenNlp(ad), within(TOLERANCE));
            }
        }
    }

    @Test
    void scoresStructuredFieldsExactlyAsOpenNlpsCategorizer() {
        Map<String, String> attributes = Map.of("has_company_logo", "0", "employment_type", " Full-time ",
                "industry", "Oil & Energy", "function", "Customer Service", "telecommuting", "1", "unknown", "x");
        for (AdText ad : trickyAds()) {
            if (!(ad.title().isBlank() && ad.text().isBlank())) {
                assertThat(model.rawProbability(ad, attributes)).as("ad %s", ad)
                        .isCloseTo(model.rawProbabilityByOpenNlp(ad, attributes), within(TOLERANCE));
            }
        }
    }

    @Test
    void scoresTheLabelledAdsExactlyAsOpenNlpsCategorizer() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/org/redflag/classifier/labelled").toURI());
        List<LabelledAd> ads = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                ads.addAll(LabelledAdReader.read(file));
            }
        }
        assertThat(ads).hasSizeGreaterThan(100);
        for (LabelledAd a : ads) {
            assertThat(model.rawProbability(a.ad(), a.attributes())).as("ad %s", a.ad().id())
                    .isCloseTo(model.rawProbabilityByOpenNlp(a.ad(), a.attributes()), within(TOLERANCE));
        }
    }

    @Test
    void tellsAdsApart() {
        AdText scam = new AdText("s", "Data entry typist, work from home", "Earn $900 per day!!! No experience needed. "
                + "Pay the registration fee and send your bank details to #EMAIL_1a#.", "", "", "", "");
        AdText job = new AdText("j", "Senior Java Engineer", "We are looking for a senior engineer to join our "
                + "platform team. You will design and build services in Java and Kotlin.", "We build accounting software "
                + "for small businesses and have offices in London and Berlin.", "GB, LND, London", "", "");
        assertThat(model.deception(scam)).isGreaterThan(model.deception(job));
    }

    @Test
    void givesZeroToAnAdWithoutTitleOrText() {
        assertThat(model.rawProbability(new AdText("e", " ", "\n", "Acme", "US", "$1", ""))).isZero();
    }

    @Test
    void scoresTheSameOnEveryThread() throws InterruptedException {
        List<AdText> ads = trickyAds().subList(0, 200);
        double[] here = new double[ads.size()];
        double[] there = new double[ads.size()];
        for (int i = 0; i < ads.size(); i++) {
            here[i] = model.deception(ads.get(i));
        }
        Thread t = new Thread(() -> {
            for (int i = ads.size() - 1; i >= 0; i--) {
                there[i] = model.deception(ads.get(i));
            }
        });
        t.start();
        t.join();
        assertThat(there).containsExactly(here);
    }
}

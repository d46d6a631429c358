package org.redflag.classifier.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.AdText;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.classifier.eval.LabelledAd;
import org.redflag.classifier.eval.LabelledAdReader;
import org.redflag.classifier.normalize.TextNormalizer;

/**
 * The contacts found in every EMSCAD ad, with the configured regions, against the list recorded in
 * {@code emscad-contacts.txt} (one line per ad with contacts: its row number and the contacts), so that a change to
 * the extraction that alters any ad's contacts is seen and judged. Skipped when the EMSCAD file is absent.
 *
 * <p>After a change whose new contacts have been judged better, record them again with
 * {@code mvn -B -o -pl classifier test -Dtest=EmscadContactsTest -Dredflag.contacts.record=true} and review the diff.
 */
class EmscadContactsTest {
    @Test
    void findsTheRecordedContactsInEveryEmscadAd() throws IOException {
        Path repo = Path.of(System.getProperty("redflag.repo.root", ".."));
        Path data = repo.resolve("../shared/data/emscad-train.csv");
        assumeTrue(Files.isRegularFile(data), "EMSCAD file absent: " + data);
        RedflagClassifier classifier = RedflagClassifier.load(repo.resolve("config"));
        TextNormalizer normalizer = classifier.normalizer();
        ContactExtractor extractor = classifier.contactExtractor();
        List<LabelledAd> ads = LabelledAdReader.read(data);
        List<String> found = new ArrayList<>();
        for (int row = 0; row < ads.size(); row++) {
            List<String> views = new ArrayList<>();
            for (String field : AdText.FIELDS) {
                String text = ads.get(row).ad().field(field);
                if (!text.isEmpty()) {
                    views.add(normalizer.normalize(text).forContacts().text());
                }
            }
            Contacts contacts = extractor.extract(views);
            if (!contacts.isEmpty()) {
                found.add(row + "\t" + contacts);
            }
        }
        if (Boolean.getBoolean("redflag.contacts.record")) {
            Files.write(repo.resolve("classifier/src/test/resources/org/redflag/classifier/contact/emscad-contacts.txt"),
                    found, StandardCharsets.UTF_8);
        }
        assertThat(found).containsExactlyElementsOf(recorded());
    }

    private static List<String> recorded() throws IOException {
        try (InputStream in = EmscadContactsTest.class.getResourceAsStream("emscad-contacts.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}

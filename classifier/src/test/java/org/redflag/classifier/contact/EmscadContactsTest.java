package org.redflag.classifier.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.AdText;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.classifier.eval.LabelledAd;
import org.redflag.classifier.eval.LabelledAdReader;
import org.redflag.classifier.normalize.TextNormalizer;
import org.redflag.classifier.testing.Fingerprints;

/**
 * The contacts found in every EMSCAD ad, with the configured regions, against the record in
 * {@code emscad-contacts.txt} (one line per ad with contacts: its row number and a {@link Fingerprints fingerprint} of
 * the contacts, never the numbers and addresses themselves), so that a change to the extraction that alters any ad's
 * contacts is seen and judged: a failure lists the rows that differ with the contacts found now. Skipped when the
 * EMSCAD file is absent.
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
        Map<String, String> contactsByRow = new HashMap<>();
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
                found.add(row + "\t" + Fingerprints.of(contacts.toString()));
                contactsByRow.put(String.valueOf(row), contacts.toString());
            }
        }
        if (Boolean.getBoolean("redflag.contacts.record")) {
            Files.write(repo.resolve("classifier/src/test/resources/org/redflag/classifier/contact/emscad-contacts.txt"),
                    found, StandardCharsets.UTF_8);
        }
        List<String> recorded = recorded();
        assertThat(found).as(() -> differences(found, recorded, contactsByRow)).containsExactlyElementsOf(recorded);
    }

    /** The rows whose fingerprints differ from the record, each with the contacts found in it now. */
    private static String differences(List<String> found, List<String> recorded, Map<String, String> contactsByRow) {
        Set<String> changed = new TreeSet<>(found);
        changed.removeAll(recorded);
        Set<String> lost = new TreeSet<>(recorded);
        lost.removeAll(found);
        StringBuilder s = new StringBuilder("EMSCAD contacts differ from emscad-contacts.txt");
        for (String line : changed) {
            String row = line.substring(0, line.indexOf('\t'));
            s.append("\n  row ").append(row).append(" now ").append(contactsByRow.get(row));
        }
        for (String line : lost) {
            String row = line.substring(0, line.indexOf('\t'));
            if (changed.stream().anyMatch(c -> c.startsWith(row + "\t"))) {
                continue; // listed above with its contacts now
            }
            s.append("\n  row ").append(row).append(" now has no contacts");
        }
        return s.toString();
    }

    private static List<String> recorded() throws IOException {
        try (InputStream in = EmscadContactsTest.class.getResourceAsStream("emscad-contacts.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}

package org.redflag.classifier.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redflag.classifier.AdText;
import org.redflag.classifier.Evidence;
import org.redflag.classifier.IndicatorHit;
import org.redflag.classifier.eval.LabelledAd;
import org.redflag.classifier.eval.LabelledAdReader;
import org.redflag.classifier.normalize.NormalizedField;
import org.redflag.classifier.normalize.TextNormalizer;
import org.redflag.classifier.testing.Fingerprints;

/**
 * Pins the matcher's output with the shipped lexicons: for every ad of the labelled sets, of the EMSCAD file (when
 * present) and of a fixed set of generated texts dense in digits, cues and clause breaks, a hash of the hits (ids in
 * order, evidence fields, spans and texts) must equal the one recorded in {@code matcher-hits.tsv}. Speed work on the
 * matcher must leave every hash unchanged; a deliberate change of lexicon or matching rules is re-recorded with
 * {@code -Dredflag.recordMatcherHits=true} and the changed ads reviewed in the diff.
 */
class MatcherOutputPinTest {
    private static final String RECORD = "matcher-hits.tsv";
    private static final Path RECORD_SOURCE = Path.of("src/test/resources/org/redflag/classifier/indicator", RECORD);
    private static final String[] LABELLED = {"trafficking-en", "trafficking-zh-hans", "trafficking-zh-hant",
        "ordinary-en", "ordinary-zh-hans", "ordinary-zh-hant", "holdout", "heldout-2", "tuning-2"};
    /** Pieces of text the generated ads are drawn from: phrases, cues, digits in many writings, separators. */
    private static final String[] PIECES = {
        "no", "not", "never", "without", "we never", "never ask for", "free of", "must be", "at least", "不", "不包",
        "recruitment fee", "deposit", "processing fee", "agent fee: 1,500 usd", "pay $500", "deducted from", "salary",
        "free flight", "air ticket paid", "visa and hotel covered", "we pay your ticket", "passport", "passports are kept",
        "documents", "taken", "age", "aged", "ages", "from", "girls", "ladies", "students", "16", "17", "18", "19", "22",
        "25", "years old", "y/o", "yo", "and up", "+", "plus", "$2,500 per week", "3000 usd a day", "kidney", "donor",
        "we pay", "thai", "asian", "escort", "from thailand", "cambodia", "sihanoukville", "typing job", "telegram",
        "whatsapp", "微信", "飞机", "飞机票", "加飞机", "柬埔寨", "打字员", "机票", "公司报销", "月薪", "5万", "岁",
        "18-22岁", "包吃包住", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "5 5 5", "1-2-3", "4.5.6", "7 - 8",
        "55 12", "five", "six", "seven", "eight", "nine", "zero", "五", "六", "七", "八", "５", "６", "７", "③", "④",
        "5\uFE0F\u20E3", "6\uFE0F\u20E3", "7\uFE0F\u20E3", "+855", "(012)", "/", "-", ".", ",", ";", ":", "!", "?", "\n",
        "(", ")", "。", "，", "、", "：", "  ", " ", " ", " ", " ", " "};
    private static final int GENERATED = 3000;

    private static IndicatorMatcher matcher;
    private static TextNormalizer normalizer;

    @BeforeAll
    static void load() {
        normalizer = TextNormalizer.standard();
        Path indicators = Path.of(System.getProperty("redflag.repo.root", ".."), "config", "indicators");
        matcher = new IndicatorMatcher(new LexiconLoader(normalizer).loadDirectory(indicators));
    }

    @Test
    void labelledSetsGiveTheRecordedHits() throws Exception {
        Map<String, String> actual = new LinkedHashMap<>();
        for (String set : LABELLED) {
            Path file = Path.of(MatcherOutputPinTest.class.getResource("/org/redflag/classifier/labelled/" + set + ".jsonl").toURI());
            hashAll("labelled:" + set, LabelledAdReader.read(file).stream().map(LabelledAd::ad).toList(), actual);
        }
        assertMatchesRecord("labelled:", actual);
    }

    @Test
    void generatedTextsGiveTheRecordedHits() throws Exception {
        assertMatchesRecord("generated", hashAll("generated", generated(), new LinkedHashMap<>()));
    }

    @Test
    void emscadAdsGiveTheRecordedHits() throws Exception {
        Path data = Path.of(System.getProperty("redflag.repo.root", ".."), "..", "shared", "data", "emscad-train.csv");
        assumeTrue(Files.isRegularFile(data), "EMSCAD file absent: " + data);
        List<AdText> ads = LabelledAdReader.read(data).stream().map(LabelledAd::ad).toList();
        assertMatchesRecord("emscad", hashAll("emscad", ads, new LinkedHashMap<>()));
    }

    /** Texts of 20 to 200 pieces drawn with a fixed seed, as the title and text of an ad. */
    private static List<AdText> generated() {
        Random random = new Random(20261123);
        List<AdText> ads = new ArrayList<>(GENERATED);
        for (int i = 0; i < GENERATED; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 20 + random.nextInt(180); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            ads.add(AdText.of("g" + i, PIECES[random.nextInt(PIECES.length)], text.toString()));
        }
        return ads;
    }

    private static Map<String, String> hashAll(String source, List<AdText> ads, Map<String, String> into) {
        for (int i = 0; i < ads.size(); i++) {
            into.put(source + "/" + i + "/" + ads.get(i).id(), hash(matcher.match(fields(ads.get(i)))));
        }
        return into;
    }

    /** The fields as the classifier passes them: every non-empty one, normalised, in {@link AdText#FIELDS} order. */
    private static Map<String, NormalizedField> fields(AdText ad) {
        Map<String, NormalizedField> fields = new LinkedHashMap<>();
        for (String field : AdText.FIELDS) {
            if (!ad.field(field).isEmpty()) {
                fields.put(field, normalizer.normalize(ad.field(field)));
            }
        }
        return fields;
    }

    private static String hash(List<IndicatorHit> hits) {
        StringBuilder s = new StringBuilder();
        for (IndicatorHit h : hits) {
            s.append(h.id()).append('\u0001');
            for (Evidence e : h.evidence()) {
                s.append(e.field()).append('\u0002').append(e.start()).append('\u0002').append(e.end()).append('\u0002')
                        .append(e.text()).append('\u0003');
            }
        }
        return Fingerprints.of(s);
    }

    /** Compares with the recorded lines whose key starts with {@code prefix}, or records them when asked to. */
    private static void assertMatchesRecord(String prefix, Map<String, String> actual) throws IOException {
        boolean recording = Boolean.getBoolean("redflag.recordMatcherHits");
        Map<String, String> recorded = readRecord(recording);
        if (recording) {
            recorded.keySet().removeIf(k -> k.startsWith(prefix));
            recorded.putAll(actual);
            List<String> lines = new ArrayList<>();
            recorded.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> lines.add(e.getKey() + "\t" + e.getValue()));
            Files.createDirectories(RECORD_SOURCE.getParent());
            Files.write(RECORD_SOURCE, lines, StandardCharsets.UTF_8);
            return;
        }
        Map<String, String> expected = new LinkedHashMap<>();
        recorded.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                expected.put(k, v);
            }
        });
        List<String> changed = new ArrayList<>();
        actual.forEach((k, v) -> {
            if (!v.equals(expected.get(k))) {
                changed.add(k);
            }
        });
        assertThat(actual.keySet()).as("ads of the record").containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(changed).as("ads whose hits differ from the record").isEmpty();
    }

    /** The record as compiled into the test classes, or while recording as in the source tree. */
    private static Map<String, String> readRecord(boolean fromSource) throws IOException {
        Map<String, String> recorded = new LinkedHashMap<>();
        try (var in = fromSource
                ? (Files.isRegularFile(RECORD_SOURCE) ? Files.newInputStream(RECORD_SOURCE) : null)
                : MatcherOutputPinTest.class.getResourceAsStream(RECORD)) {
            if (in == null) {
                return recorded;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    recorded.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return recorded;
    }
}

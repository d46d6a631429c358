package org.redflag.classifier.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.redflag.classifier.AdText;
import org.redflag.classifier.eval.LabelledAd;
import org.redflag.classifier.eval.LabelledAdReader;
import org.redflag.classifier.testing.Fingerprints;

/**
 * Fingerprints of what {@link TextNormalizer} makes of a fixed body of texts: both views' text and the original span
 * of every normalised character. The recorded fingerprints ({@link #RESOURCE}) pin the normaliser's exact output, so
 * that a faster implementation can be shown to produce the same texts and offsets.
 *
 * <p>Run {@link #main} from the classifier module to record them again after an intended change of output.
 */
final class NormalizationDigests {
    static final String RESOURCE = "normalization-digests.txt";
    private static final String[] LABELLED = {"heldout-2", "holdout", "ordinary-en", "ordinary-zh-hans",
        "ordinary-zh-hant", "trafficking-en", "trafficking-zh-hans", "trafficking-zh-hant", "tuning-2"};
    /** Pieces that exercise every pass, mixed at random into evasive texts. */
    private static final String[] PIECES = {
        "W", "h", "a", "t", "s", "A", "p", "P", "x", "I", "whatsapp", "tele", "gram", "Telegram", "job", "experience",
        "one", "two", "six", "oh", "zero", "nine", "eight", "seven", "three", "four", "five", "SIX", "Three", "ONE",
        "someone", "often", "555", "12", "0", "7", "p4ss", "wh@t", "c4sino", "t3st", "$", "@", "1", "3", "8",
        " ", " ", " ", "  ", "\t", "\n", "\n\n", " \n ", ".", "-", "_", "*", "'", "`", "|", "~", "+", ",", "/", "·", "•",
        "ＷｈａｔｓＡｐｐ", "６１２", "Ｔ", "ﬁ", "①", "²", "\u2460", "6\uFE0F\u20E3", "\u20E3", "\uFE0F", "\u200B", "\u00AD",
        "\uFEFF", "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFB", "\uD835\uDC00", "\uD83D", "\uDE00", "\u2019", "\u201C",
        "\u2014", "\u00A0", "\u3000", "報銷機票", "微", "信", "号", "电话", "一", "二", "三", "四", "五", "六", "七", "八",
        "九", "零", "〇", "壹", "贰", "叁", "捌", "玖", "\u0130", "é", "e\u0301", "Ä", "ß", "ǅ", "\u2126", "ｶ", "㍿",
        "\u2122", "½", "\u3300", "한국", "Ελλάδα", "Москва", "\u0663", "\u2028", "\u2029", "\u000B", "\u001C",
    };

    /** The evasions the normaliser is documented to defeat. */
    private static final String[] EVASIONS = {
        "W h a t s A p p us", "contact tele.gram now", "ＷｈａｔｓＡｐｐ", "p4ssport and c4sino", "what's app", "微 信 号",
        "報銷機票", "FREE   flights\t\tnow", "t3legram and wh@tsapp", "full-time job", "a.b.c.d", "experience-based pay",
        "  Hello\n\n world ", "Salary $3000, call 555-1234", "experience.Free housing", "call six one two five five five",
        "6\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E3", "６１２", "电话一三八一二三四五六七八", "SIX one TWO", "555 one two",
        "six.one/two", "oh five five", "one two", "12 34 56", "six    one two", "someone two three", "壹贰叁肆伍陆柒",
        "一二三四五六", "\u01304b", "P4SS", "one month of training", "Free ＦＬＩＧＨＴＳ, W h a t s A p p!",
        "Hi  you\t\tnow", "call Six-ONE two 5", "a\uD83D\uDE00b", "\uFB01ne  job", "ＷｈａｔｓＡｐｐ 報銷",
        "add W.h.a.t.s, tele.gram", "",
    };

    private NormalizationDigests() {
    }

    /** The texts, by name, that are always at hand: the labelled test ads and generated evasive texts. */
    static Map<String, String> bundledTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String set : LABELLED) {
            addAds(texts, "labelled/" + set, readAds(labelledFile(set)));
        }
        for (int i = 0; i < EVASIONS.length; i++) {
            texts.put("evasion/" + i, EVASIONS[i]);
        }
        Random random = new Random(20261123);
        for (int i = 0; i < 4000; i++) {
            StringBuilder s = new StringBuilder();
            int pieces = 1 + random.nextInt(i < 2000 ? 12 : 120);
            for (int k = 0; k < pieces; k++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.put("generated/" + i, s.toString());
        }
        return texts;
    }

    /** The EMSCAD ads' fields, by name. */
    static Map<String, String> emscadTexts(Path file) {
        Map<String, String> texts = new LinkedHashMap<>();
        addAds(texts, "emscad", readAds(file));
        return texts;
    }

    static Path emscadFile() {
        return Path.of(System.getProperty("redflag.repo.root", ".."), "..", "shared", "data", "emscad-train.csv");
    }

    /** A fingerprint of both views of {@code text}: 16 hex digits of a SHA-256 of texts and spans. */
    static String digest(TextNormalizer normalizer, String text) {
        NormalizedField field = normalizer.normalize(text);
        StringBuilder s = new StringBuilder();
        describe(field.forMatching(), s);
        s.append('\u0000');
        describe(field.forContacts(), s);
        return Fingerprints.of(s);
    }

    /** The recorded fingerprints, by text name. */
    static Map<String, String> recorded() throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        try (var in = NormalizationDigests.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                digests.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return digests;
    }

    /** Records the fingerprints of the current normaliser into the test resources. */
    public static void main(String[] args) throws IOException {
        TextNormalizer normalizer = TextNormalizer.standard();
        Map<String, String> texts = bundledTexts();
        texts.putAll(emscadTexts(emscadFile()));
        List<String> lines = new ArrayList<>();
        texts.forEach((name, text) -> lines.add(name + "\t" + digest(normalizer, text)));
        Path out = Path.of("src/test/resources/org/redflag/classifier/normalize", RESOURCE);
        Files.write(out, String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void describe(NormalizedText t, StringBuilder s) {
        s.append(t.text()).append('\u0000');
        for (int i = 0; i < t.text().length(); i++) {
            int[] span = t.originalSpan(i, i + 1);
            s.append(span[0]).append(',').append(span[1]).append(';');
        }
    }

    private static void addAds(Map<String, String> texts, String source, List<AdText> ads) {
        for (int a = 0; a < ads.size(); a++) {
            for (String field : AdText.FIELDS) {
                texts.put(source + "/" + a + "/" + field, ads.get(a).field(field));
            }
        }
    }

    private static List<AdText> readAds(Path file) {
        try {
            return LabelledAdReader.read(file).stream().map(LabelledAd::ad).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path labelledFile(String set) {
        try {
            return Path.of(NormalizationDigests.class.getResource("/org/redflag/classifier/labelled/" + set + ".jsonl").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

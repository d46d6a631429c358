package org.redflag.classifier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.redflag.classifier.AdText;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.classifier.contact.ContactExtractor;
import org.redflag.classifier.eval.LabelledAd;
import org.redflag.classifier.eval.LabelledAdReader;
import org.redflag.classifier.explain.ExplanationJson;
import org.redflag.classifier.indicator.IndicatorMatcher;
import org.redflag.classifier.language.LanguageIdentifier;
import org.redflag.classifier.normalize.NormalizedField;
import org.redflag.classifier.normalize.TextNormalizer;

/**
 * JMH benchmark of the classifier, whole and stage by stage, on one thread over typical ads (1-3 KB, built from the
 * EMSCAD file when it is present, else {@link SampleAds}). Each operation classifies one ad, cycling through the set,
 * so the score in ops/s is ads per second; the {@code sample} mode also gives the latency percentiles.
 *
 * <p>Run it with {@code mvn -B -o -pl classifier -Pjmh test-compile exec:exec} (see the classifier README).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class StageBenchmark {
    private RedflagClassifier classifier;
    private TextNormalizer normalizer;
    private LanguageIdentifier languages;
    private IndicatorMatcher matcher;
    private ContactExtractor contacts;
    private final ExplanationJson json = new ExplanationJson();
    private List<AdText> ads;
    private List<Map<String, NormalizedField>> normalized;
    private List<List<String>> contactViews;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path repo = Path.of(System.getProperty("redflag.repo.root", ".."));
        classifier = RedflagClassifier.loadOrDefault(repo.resolve("config"));
        normalizer = classifier.normalizer();
        languages = classifier.languageIdentifier();
        matcher = classifier.indicatorMatcher();
        contacts = classifier.contactExtractor();
        Path data = repo.resolve("../shared/data/emscad-train.csv");
        ads = Files.isRegularFile(data)
                ? ClassifyBenchmark.typicalAds(LabelledAdReader.read(data).stream().map(LabelledAd::ad).toList())
                : SampleAds.generate(2000, 42);
        normalized = new ArrayList<>(ads.size());
        contactViews = new ArrayList<>(ads.size());
        for (AdText ad : ads) {
            Map<String, NormalizedField> fields = new LinkedHashMap<>();
            List<String> views = new ArrayList<>();
            for (String field : AdText.FIELDS) {
                if (!ad.field(field).isEmpty()) {
                    NormalizedField n = normalizer.normalize(ad.field(field));
                    fields.put(field, n);
                    views.add(n.forContacts().text());
                }
            }
            normalized.add(fields);
            contactViews.add(views);
        }
        System.err.println(ads.size() + " ads, mean " + ads.stream().mapToInt(a -> a.text().length()).sum() / ads.size()
                + " characters of text, from " + (Files.isRegularFile(data) ? data : "synthetic sample ads"));
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) % ads.size();
        return i;
    }

    /** The whole pipeline as the CLI runs it: classification and the JSON explanation line. */
    @Benchmark
    public String classifyAndExplain() {
        return json.toJsonLine(classifier.explain(ads.get(nextIndex())));
    }

    @Benchmark
    public void normalize(Blackhole bh) {
        AdText ad = ads.get(nextIndex());
        for (String field : AdText.FIELDS) {
            bh.consume(normalizer.normalize(ad.field(field)));
        }
    }

    @Benchmark
    public Object detectLanguage() {
        return languages.detect(ads.get(nextIndex()).text());
    }

    @Benchmark
    public Object matchIndicators() {
        return matcher.match(normalized.get(nextIndex()));
    }

    @Benchmark
    public double deceptionModel() {
        return classifier.deceptionModel().deception(ads.get(nextIndex()), Map.of());
    }

    @Benchmark
    public Object extractContacts() {
        return contacts.extract(contactViews.get(nextIndex()));
    }
}

package org.redflag.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.redflag.classifier.contact.ContactExtractor;
import org.redflag.classifier.explain.Explanation;
import org.redflag.classifier.indicator.IndicatorDefinition;
import org.redflag.classifier.indicator.IndicatorMatcher;
import org.redflag.classifier.indicator.Lexicon;
import org.redflag.classifier.indicator.LexiconLoader;
import org.redflag.classifier.language.DetectedLanguage;
import org.redflag.classifier.language.LanguageIdentifier;
import org.redflag.classifier.model.MaxentDeceptionModel;
import org.redflag.classifier.normalize.NormalizedField;
import org.redflag.classifier.normalize.TextNormalizer;
import org.redflag.classifier.scoring.RiskScore;
import org.redflag.classifier.scoring.RiskScorer;

/**
 * The Redflag classifier: normalise -> detect language -> match indicators -> deception model -> calibrated risk and
 * explanation. Load it once ({@link #load(Path)} or {@link #loadDefault()}) and share it: it is immutable and
 * thread-safe (the only per-thread state, OpenNLP's categorizer, is kept in a thread-local).
 */
public final class RedflagClassifier implements AdClassifier {
    /** Class-path folder holding the default {@code classifier.yml} and {@code indicators/*.yml}, copied from config/. */
    public static final String DEFAULTS = "/org/redflag/classifier/defaults/";
    /** The deception model shipped in the jar. */
    public static final String MODEL_RESOURCE = "/org/redflag/classifier/model/deception-emscad.bin";

    /** Titles are short and full of names; the body decides the language when it has this many characters. */
    private static final int MIN_TEXT_FOR_LANGUAGE = 60;
    private final TextNormalizer normalizer;
    private final LanguageIdentifier languages;
    private final IndicatorMatcher matcher;
    private final MaxentDeceptionModel deception;
    private final RiskScorer scorer;
    private final ContactExtractor contacts;
    private final ClassifierSettings settings;
    private final String version;

    public RedflagClassifier(TextNormalizer normalizer, LanguageIdentifier languages, List<Lexicon> lexicons,
                             MaxentDeceptionModel deception, ClassifierSettings settings) {
        this.normalizer = normalizer;
        // Latin-script text too short for the language model is decided among the languages with lexicons
        this.languages = languages.withShortTextLanguages(lexicons.stream().map(Lexicon::language).toList());
        this.matcher = new IndicatorMatcher(lexicons);
        this.deception = deception;
        this.settings = settings;
        this.contacts = new ContactExtractor(settings.contactRegions());
        Set<String> child = new HashSet<>();
        Set<String> decisive = new HashSet<>();
        for (IndicatorDefinition d : matcher.indicators()) {
            if (d.child()) {
                child.add(d.id());
            }
            if (d.decisive()) {
                decisive.add(d.id());
            }
        }
        this.scorer = new RiskScorer(settings.scoring(), child, decisive);
        this.version = "lexicons:" + matcher.indicators().size() + "+" + deception.version();
    }

    /**
     * Loads from a config folder holding {@code classifier.yml} and {@code indicators/*.yml} (the repository's
     * {@code config/}). A missing {@code classifier.yml} means all defaults; the lexicons are required.
     */
    public static RedflagClassifier load(Path configDir) {
        Path yml = configDir.resolve("classifier.yml");
        CompletableFuture<LanguageIdentifier> languages = CompletableFuture.supplyAsync(LanguageIdentifier::load);
        try {
            ClassifierSettings settings = ClassifierSettings.defaults();
            if (Files.isRegularFile(yml)) {
                try (InputStream in = Files.newInputStream(yml)) {
                    settings = ClassifierSettings.read(yml.toString(), in);
                }
            }
            TextNormalizer normalizer = TextNormalizer.standard();
            LexiconLoader loader = new LexiconLoader(normalizer);
            List<Lexicon> lexicons = new ArrayList<>();
            for (String f : settings.indicatorFiles()) {
                Path file = configDir.resolve("indicators").resolve(f);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException(yml + ": indicators lists '" + f + "' but " + file
                            + " does not exist; add the file or remove it from the list");
                }
                try (InputStream in = Files.newInputStream(file)) {
                    lexicons.add(loader.load(file.toString(), in));
                }
            }
            return assemble(normalizer, lexicons, settings, configDir, languages);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the classifier from " + configDir, e);
        }
    }

    /**
     * Loads from {@code configDir} when it holds {@code indicators/}, else the defaults shipped in the jar (saying so on
     * stderr), so that commands work both from a checkout and from the jar alone.
     */
    public static RedflagClassifier loadOrDefault(Path configDir) {
        if (Files.isDirectory(configDir.resolve("indicators"))) {
            return load(configDir);
        }
        System.err.println("No " + configDir.resolve("indicators") + "; using the classifier defaults built into the jar");
        return loadDefault();
    }

    /** Loads the defaults shipped in the classifier jar (a copy of the repository's config/ at build time). */
    public static RedflagClassifier loadDefault() {
        CompletableFuture<LanguageIdentifier> languages = CompletableFuture.supplyAsync(LanguageIdentifier::load);
        try {
            ClassifierSettings settings;
            try (InputStream in = resource(DEFAULTS + "classifier.yml")) {
                settings = ClassifierSettings.read("classpath:" + DEFAULTS + "classifier.yml", in);
            }
            TextNormalizer normalizer = TextNormalizer.standard();
            LexiconLoader loader = new LexiconLoader(normalizer);
            List<Lexicon> lexicons = new ArrayList<>();
            for (String f : settings.indicatorFiles()) {
                try (InputStream in = resource(DEFAULTS + "indicators/" + f)) {
                    lexicons.add(loader.load("classpath:" + DEFAULTS + "indicators/" + f, in));
                }
            }
            return assemble(normalizer, lexicons, settings, null, languages);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the default classifier from the class path", e);
        }
    }

    private static RedflagClassifier assemble(TextNormalizer normalizer, List<Lexicon> lexicons, ClassifierSettings settings,
                                              Path configDir, CompletableFuture<LanguageIdentifier> languages)
            throws IOException {
        checkUniqueIds(lexicons);
        MaxentDeceptionModel model;
        if (settings.deceptionModel().equals("classpath") || configDir == null) {
            try (InputStream in = resource(MODEL_RESOURCE)) {
                model = MaxentDeceptionModel.read(in, "deception-emscad");
            }
        } else {
            Path file = configDir.resolve(settings.deceptionModel());
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("classifier.yml: model.deception '" + settings.deceptionModel()
                        + "' does not exist at " + file + "; use 'classpath' or train one with ./redflag train");
            }
            try (InputStream in = Files.newInputStream(file)) {
                model = MaxentDeceptionModel.read(in, file.getFileName().toString());
            }
        }
        LanguageIdentifier identifier;
        try {
            identifier = languages.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new RedflagClassifier(normalizer, identifier, lexicons, model, settings);
    }

    private static void checkUniqueIds(List<Lexicon> lexicons) {
        Set<String> ids = new HashSet<>();
        for (Lexicon l : lexicons) {
            for (IndicatorDefinition d : l.indicators()) {
                if (!ids.add(d.id())) {
                    throw new IllegalArgumentException("Lexicon '" + l.file() + "': indicator id '" + d.id()
                            + "' is defined twice; ids must be unique across lexicons");
                }
            }
        }
    }

    private static InputStream resource(String name) {
        InputStream in = RedflagClassifier.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Resource " + name + " is missing from the classifier jar: rebuild the classifier"
                    + " module (it copies config/ into the jar)");
        }
        return in;
    }

    @Override
    public Classification classify(AdText ad) {
        return explain(ad, Map.of()).classification();
    }

    /** Classifies one ad and says how. */
    public Explanation explain(AdText ad) {
        return explain(ad, Map.of());
    }

    /**
     * Classifies one ad; {@code attributes} are optional structured job-board fields the deception model can use
     * (the EMSCAD columns such as {@code has_company_logo}); crawled ads have none.
     */
    public Explanation explain(AdText ad, Map<String, String> attributes) {
        Map<String, NormalizedField> matchViews = new LinkedHashMap<>();
        List<String> contactViews = new ArrayList<>(AdText.FIELDS.size() + 1);
        for (String field : AdText.FIELDS) {
            String value = ad.field(field);
            if (!value.isEmpty()) {
                NormalizedField n = normalizer.normalize(value);
                matchViews.put(field, n);
                contactViews.add(n.forContacts().text());
            }
        }
        contactViews.add(ad.url());
        DetectedLanguage language = languages.detect(ad.text().length() >= MIN_TEXT_FOR_LANGUAGE ? ad.text() : ad.title() + "\n" + ad.text());
        List<IndicatorHit> hits = matcher.match(matchViews);
        boolean modelApplies = settings.scoring().deceptionLanguages().contains(language.code());
        double p = modelApplies ? deception.deception(ad, attributes) : 0;
        RiskScore score = scorer.score(hits, p, modelApplies);
        Classification c = new Classification(ad.id(), language.code(), score.risk(), score.flagged(),
                Math.round(p * 10000) / 10000.0, score.elements(), hits, contacts.extract(contactViews), version);
        return new Explanation(c, Math.round(language.confidence() * 1000) / 1000.0, modelApplies, score.modelContribution(),
                score.decisive());
    }

    public ClassifierSettings settings() {
        return settings;
    }

    public MaxentDeceptionModel deceptionModel() {
        return deception;
    }

    /** The normaliser, for benchmarking the stages one by one. */
    public TextNormalizer normalizer() {
        return normalizer;
    }

    /** The language identifier, for benchmarking the stages one by one. */
    public LanguageIdentifier languageIdentifier() {
        return languages;
    }

    /** The indicator matcher, for benchmarking the stages one by one. */
    public IndicatorMatcher indicatorMatcher() {
        return matcher;
    }

    /** The contact extractor, for benchmarking the stages one by one. */
    public ContactExtractor contactExtractor() {
        return contacts;
    }
}

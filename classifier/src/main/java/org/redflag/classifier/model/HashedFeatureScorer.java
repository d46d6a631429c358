package org.redflag.classifier.model;

import java.util.Map;
import org.redflag.classifier.AdText;

/**
 * Scores an ad with the deception model's weights without building feature strings: the same features as
 * {@link DeceptionFeatures#of(AdText, Map)}, in the same order, each hashed to a {@link FeatureHash} key from its parts
 * and looked up in {@link FeatureWeights}. Training keeps using the strings; the unit tests hold this path equal to
 * OpenNLP's own categorizer. Thread-safe: each thread gets its own buffers.
 */
final class HashedFeatureScorer {
    private final FeatureWeights weights;
    private final FeatureHash hash;
    private final long sentenceStart;
    private final long companyPrefix;
    private final long titlePrefix;
    private final long countryPrefix;
    private final ThreadLocal<Buffers> buffers;

    HashedFeatureScorer(FeatureWeights weights) {
        this.weights = weights;
        this.hash = weights.hash();
        this.sentenceStart = hash.append(hash.of(DeceptionFeatures.SENTENCE_START), '_');
        this.companyPrefix = hash.of(DeceptionFeatures.COMPANY_PREFIX);
        this.titlePrefix = hash.of(DeceptionFeatures.TITLE_PREFIX);
        this.countryPrefix = hash.of(DeceptionFeatures.COUNTRY_PREFIX);
        this.buffers = ThreadLocal.withInitial(() -> new Buffers(new TextCleaner(), new WordScanner(hash)));
    }

    /** The sum over the ad's features of (fraud weight - legit weight): the log-odds of fraud. */
    double logOdds(AdText ad, Map<String, String> attributes) {
        Buffers b = buffers.get();
        int bodyWords = b.words(ad.text());
        double sum = body(b.scanner, bodyWords);
        sum += prefixed(b.scanner, b.words(ad.company()), companyPrefix);
        sum += prefixed(b.scanner, b.words(ad.title()), titlePrefix);
        sum += weights.get(hash.of(DeceptionFeatures.companyLayout(ad)));
        sum += weights.get(hash.of(DeceptionFeatures.salaryLayout(ad)));
        String country = DeceptionFeatures.country(ad);
        sum += weights.get(hash.concat(countryPrefix, hash.of(country), country.length()));
        sum += weights.get(hash.of(DeceptionFeatures.lengthLayout(bodyWords)));
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            sum += weights.get(hash.of(DeceptionFeatures.attribute(a.getKey(), a.getValue())));
        }
        return sum;
    }

    /** Unigrams and bigrams ({@code previous_word}, starting from {@code <s>}) of the body. */
    private double body(WordScanner words, int count) {
        double sum = 0;
        long previous = sentenceStart;
        for (int i = 0; i < count; i++) {
            long key = words.key(i);
            int length = words.length(i);
            sum += weights.get(key);
            sum += weights.get(hash.concat(previous, key, length));
            previous = hash.append(key, '_');
        }
        return sum;
    }

    private double prefixed(WordScanner words, int count, long prefix) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += weights.get(hash.concat(prefix, words.key(i), words.length(i)));
        }
        return sum;
    }

    /** The per-thread cleaning buffer and word scanner. */
    private record Buffers(TextCleaner cleaner, WordScanner scanner) {
        int words(String text) {
            return text.isEmpty() ? 0 : scanner.words(cleaner, text);
        }
    }
}

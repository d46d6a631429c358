package org.redflag.app.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.redflag.classifier.AdClassifier;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.store.config.PathsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the classifier from the configuration folder that holds {@code paths.indicators_dir}. */
final class Classifiers {
    private static final Logger LOG = LoggerFactory.getLogger(Classifiers.class);

    private Classifiers() {
    }

    /** The classifier being loaded; its failure is rethrown as it was thrown. */
    static AdClassifier await(CompletableFuture<AdClassifier> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    /**
     * The classifier of {@code classifier.yml} and {@code indicators/*.yml} in the folder above
     * {@code paths.indicators_dir}; the copies built into the jar when that folder does not exist.
     */
    static AdClassifier load(PathsConfig paths) {
        Path indicators = paths.indicatorsDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(indicators)) {
            LOG.warn("No indicator folder {} (paths.indicators_dir): using the lexicons built into Redflag",
                    indicators);
            return RedflagClassifier.loadDefault();
        }
        if (!indicators.getFileName().toString().equals("indicators")) {
            throw new IllegalArgumentException("paths.indicators_dir must be a folder named 'indicators' next to "
                    + "classifier.yml, was " + indicators);
        }
        long started = System.nanoTime();
        RedflagClassifier classifier = RedflagClassifier.load(indicators.getParent());
        LOG.info("Classifier loaded from {} in {} ms", indicators.getParent(), (System.nanoTime() - started) / 1_000_000);
        return classifier;
    }
}

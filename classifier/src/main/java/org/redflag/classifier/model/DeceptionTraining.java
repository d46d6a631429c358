package org.redflag.classifier.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.redflag.classifier.eval.GroupAssigner;
import org.redflag.classifier.eval.LabelledAd;
import org.redflag.classifier.eval.LabelledAdReader;

/**
 * Reproducible training of the shipped deception model ({@code ./redflag train}): reads the labelled ads, groups
 * near-duplicates, cross-validates with {@value #FOLDS} grouped folds and seed {@value #SEED}, fits the calibration on
 * the out-of-fold predictions, trains on all ads and writes the model file.
 */
public final class DeceptionTraining {
    public static final int FOLDS = 5;
    public static final long SEED = 17;

    private DeceptionTraining() {
    }

    /** Trains on {@code data} (EMSCAD CSV or labelled JSON lines) and writes the model to {@code modelOut}. */
    public static TrainingResult run(Path data, Path modelOut) throws IOException {
        List<LabelledAd> ads = LabelledAdReader.read(data);
        TrainingResult result = new DeceptionTrainer(DeceptionTrainer.defaultParameters(), FOLDS, SEED)
                .train(ads, modelOut.getFileName().toString());
        if (modelOut.getParent() != null) {
            Files.createDirectories(modelOut.getParent());
        }
        try (OutputStream out = Files.newOutputStream(modelOut)) {
            result.model().write(out);
        }
        return result;
    }

    /** Cross-validation only, with the chosen grouping (no model written). */
    public static CrossValidation crossValidate(Path data, GroupAssigner.Grouping grouping) throws IOException {
        List<LabelledAd> ads = GroupAssigner.assign(LabelledAdReader.read(data), grouping);
        return new DeceptionTrainer(DeceptionTrainer.defaultParameters(), FOLDS, SEED).crossValidate(ads);
    }
}

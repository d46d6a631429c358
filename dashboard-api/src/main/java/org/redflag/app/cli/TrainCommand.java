package org.redflag.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redflag.classifier.eval.GroupAssigner;
import org.redflag.classifier.model.CrossValidation;
import org.redflag.classifier.model.DeceptionTraining;
import org.redflag.classifier.model.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code redflag train}: retrains the deception model reproducibly and prints its grouped cross-validation. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Trains the deception model on EMSCAD (grouped 5-fold cross-validation, seed 17, Platt calibration on",
            "out-of-fold predictions), writes the model file and prints fraud-class precision, recall, F1 and PR-AUC.",
            "See classifier/docs/deception-model-card.md."
        })
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/emscad-train.csv",
            description = "Labelled ads (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "classifier/src/main/resources/org/redflag/classifier/model/deception-emscad.bin",
            description = "Where the model goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--employer-groups", description = "Also cross-validate with all ads of one company held out together.")
    boolean employerGroups;

    @Override
    public Integer call() throws Exception {
        System.err.println("Training on " + data + " ...");
        TrainingResult result = DeceptionTraining.run(data, out);
        CrossValidation cv = result.crossValidation();
        System.out.println("trained on " + result.ads() + " ads; model written to " + out);
        System.out.println("grouped " + cv.folds() + "-fold CV, " + cv.groups() + " near-duplicate groups");
        System.out.println("  calibrated: " + cv.calibrated());
        System.out.println("  raw:        " + cv.raw());
        System.out.println("  calibration: a=" + cv.calibration().a() + " b=" + cv.calibration().b());
        if (employerGroups) {
            CrossValidation strict = DeceptionTraining.crossValidate(data, GroupAssigner.Grouping.EMPLOYER);
            System.out.println("employer-grouped CV, " + strict.groups() + " groups");
            System.out.println("  calibrated: " + strict.calibrated());
        }
        return 0;
    }
}

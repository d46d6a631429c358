package org.redflag.app.cli;

import org.redflag.classifier.RedflagClassifier;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redflag.classifier.eval.EvaluationReport;
import org.redflag.classifier.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code redflag eval --data FILE}: precision, recall, F1 and PR-AUC on labelled ads. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Classifies labelled ads and prints precision, recall, F1 and PR-AUC: for the deception probability at 0.5",
            "(EMSCAD CSV with a 'fraudulent' column) and for the trafficking risk at the flag threshold (JSON lines",
            "with a 'label')."
        })
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", required = true,
            description = "A .csv file with a 'fraudulent' column, or JSON lines with 'label' true/false.")
    Path data;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Folder with classifier.yml and indicators/ (default: ${DEFAULT-VALUE}).")
    Path config;

    @Override
    public Integer call() throws Exception {
        System.err.println("Evaluating " + data + " ...");
        EvaluationReport report = new Evaluator(RedflagClassifier.loadOrDefault(config)).evaluate(data);
        System.out.println(report);
        return 0;
    }
}

package org.redflag.app.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.classifier.run.JsonLinesClassifier;
import org.redflag.classifier.run.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code redflag classify}: JSON lines in, one verdict with its explanation per line out, in input order. */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "Reads ads as JSON lines {\"id\",\"title\",\"text\",\"company\"?,\"location\"?,\"salary\"?,\"url\"?} and writes one",
            "JSON line per ad: id, language, risk, flagged, deception, indicators with evidence spans, contacts.",
            "A malformed line yields {\"line\":N,\"error\":\"...\"} and processing continues. Progress goes to stderr."
        })
public final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "FILE", description = "Input JSON lines (default: stdin).")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Output JSON lines (default: stdout).")
    Path out;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Folder with classifier.yml and indicators/ (default: ${DEFAULT-VALUE}; the built-in defaults"
                    + " when it does not exist).")
    Path config;

    @Override
    public Integer call() throws Exception {
        RedflagClassifier classifier = RedflagClassifier.loadOrDefault(config);
        JsonLinesClassifier runner = new JsonLinesClassifier(classifier, (lines, errors, done) ->
                System.err.println((done ? "done: " : "") + lines + " lines, " + errors + " malformed"));
        try (BufferedReader reader = in == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(in, StandardCharsets.UTF_8);
             Writer writer = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            RunSummary summary = runner.run(reader, writer, 1000);
            System.err.println(summary.ads() + " ads classified, " + summary.flagged() + " flagged, " + summary.errors()
                    + " malformed lines");
        }
        return 0;
    }
}
